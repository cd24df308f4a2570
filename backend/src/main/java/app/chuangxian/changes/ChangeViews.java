package app.chuangxian.changes;

import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the change feed answers. */
public final class ChangeViews {
    private ChangeViews() {}

    @Schema(
            name = "Change",
            description = "One change of a record an integrator syncs; read the record for its content")
    public record View(
            @Schema(description = "The change's position in the feed", example = "1042")
            long sequence,

            ChangedRecord resource,

            @Schema(
                    description = "The record's id: a branch, a campaign, a phase, a deliverable, a scoresheet, a"
                            + " commendation list, a recommendation, or for RESULTS the campaign whose results"
                            + " changed",
                    example = "17")
            long resourceId,

            ChangeOperation operation,

            @Schema(
                    nullable = true,
                    description = "The record's status afterwards (BranchStatus, CampaignStatus, STARTED for a"
                            + " phase, DeliverableStatus, SheetStatus, ResultsStatus, ListStatus or"
                            + " RecommendationStatus); null once deleted",
                    example = "SUBMITTED")
            String status,

            @Schema(nullable = true, description = "The campaign it belongs to", example = "3")
            Long campaignId,

            @Schema(nullable = true, description = "The branch it belongs to", example = "17")
            Long branchId,

            Instant occurredAt) {}

    @Schema(name = "ChangePage", description = "Changes after a cursor, oldest first")
    public record Page(
            List<View> items,

            @Schema(
                    description = "The cursor to send as `since` next time: after the last change here, or the"
                            + " same cursor when nothing is new",
                    example = "c1.1042")
            String next,

            @Schema(description = "True when more changes wait: ask again at once with `next`")
            boolean more) {}
}
