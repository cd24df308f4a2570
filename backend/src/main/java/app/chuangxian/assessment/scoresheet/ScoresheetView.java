package app.chuangxian.assessment.scoresheet;

import app.chuangxian.assessment.ScoreInput;
import app.chuangxian.assessment.SheetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scoresheet", description = "An assessor's scoresheet for a branch")
public record ScoresheetView(
        @Schema(example = "17") long id,
        long campaignId,
        long branchId,
        @Schema(example = "LS") String branchCode,
        long assessorId,
        @Schema(example = "考核组 王评") String assessorName,
        SheetStatus status,
        @Schema(example = "86.5") BigDecimal total,
        @Schema(nullable = true) Instant submittedAt,

        @Schema(nullable = true, description = "Per indicator; absent in lists")
        List<ScoreInput> scores,

        @Schema(nullable = true, description = "Every time staff reopened it; visible to committee staff only")
        List<Reopening> reopenings,

        @Schema(description = "Optimistic-lock version; send it back on save and submit", example = "1")
        long version,

        Instant updatedAt) {

    @Schema(name = "ScoresheetReopening", description = "Who reopened a submitted scoresheet, when and why")
    public record Reopening(String reason, String reopenedBy, Instant reopenedAt) {}
}
