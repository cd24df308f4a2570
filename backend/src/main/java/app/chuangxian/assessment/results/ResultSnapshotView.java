package app.chuangxian.assessment.results;

import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.common.paging.PageResult;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ResultSnapshot",
        description = "A stored version of the ranking: what finalising recorded, and if a reopen"
                + " superseded it, who did and why")
public record ResultSnapshotView(
        @Schema(example = "1") int snapshotVersion,
        AggregationMethod aggregationMethod,
        @Schema(example = "10.0") BigDecimal disagreementThreshold,

        @Schema(description = "Scoresheets the aggregation counted", example = "12")
        int scoresheetsCounted,

        @Schema(example = "admin") String finalisedBy,
        Instant finalisedAt,

        @Schema(nullable = true, description = "Absent while this is the current snapshot")
        String supersededBy,

        @Schema(nullable = true) Instant supersededAt,

        @Schema(nullable = true, example = "一份评分表漏计了组织生活记录，需更正")
        String supersededReason,

        @Schema(description = "The lines of this version (a page of them)")
        PageResult<ResultView> lines) {

    static ResultSnapshotView of(ResultSnapshot s, PageResult<ResultView> lines) {
        return new ResultSnapshotView(
                s.snapshotVersion,
                s.aggregationMethod,
                s.disagreementThreshold,
                s.scoresheetsCounted,
                s.finalisedBy,
                s.finalisedAt,
                s.supersededBy,
                s.supersededAt,
                s.supersededReason,
                lines);
    }
}
