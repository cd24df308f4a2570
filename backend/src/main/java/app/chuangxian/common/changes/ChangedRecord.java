package app.chuangxian.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of record the change feed reports. */
@Schema(
        name = "ChangedRecord",
        description = "BRANCH: a branch (基层组织); CAMPAIGN: a campaign, its settings or its status; PHASE: a phase"
                + " of a running campaign started (status STARTED, on its first day); DELIVERABLE: the status of a"
                + " deliverable (submitted, returned, accepted); SCORESHEET: an assessor's scoresheet submitted or"
                + " reopened (ADMIN only); RESULTS: the state of a campaign's results (finalised, published,"
                + " reopened); COMMENDATION_LIST: a commendation list's status (public notice, approved,"
                + " published; before it is published ADMIN only); RECOMMENDATION: a recommendation sent up, reviewed,"
                + " taken off the notice, decided or withdrawn")
public enum ChangedRecord {
    BRANCH,
    CAMPAIGN,
    PHASE,
    DELIVERABLE,
    SCORESHEET,
    RESULTS,
    COMMENDATION_LIST,
    RECOMMENDATION
}
