package app.chuangxian.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of record the change feed reports. */
@Schema(
        name = "ChangedRecord",
        description = "BRANCH: a branch (基层组织); CAMPAIGN: a campaign, its settings or its status; DELIVERABLE: the"
                + " status of a deliverable (submitted, returned, accepted); RESULTS: the state of a campaign's"
                + " results (finalised, published, reopened)")
public enum ChangedRecord {
    BRANCH,
    CAMPAIGN,
    DELIVERABLE,
    RESULTS
}
