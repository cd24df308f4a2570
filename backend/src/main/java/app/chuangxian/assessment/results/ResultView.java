package app.chuangxian.assessment.results;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BranchResult", description = "A branch's line of the campaign's ranking")
public record ResultView(
        long branchId,
        @Schema(example = "LS") String branchCode,
        @Schema(example = "民进离石区总支") String branchName,

        @Schema(
                nullable = true,
                description =
                        "Standard competition ranking: equal totals share a rank (1, 1, 3); absent while unscored",
                example = "1")
        Long rank,

        @Schema(
                description = "Display order: total, then the first standard's score (STUDY), then branch code",
                example = "1")
        long position,

        @Schema(
                nullable = true,
                description =
                        "The final total: the consensus when there is one, else the aggregate; 2 decimals; absent while unscored",
                example = "86.75")
        BigDecimal total,

        @Schema(nullable = true, description = "Absent while unscored", example = "优秀")
        String grade,

        @Schema(description = "Submitted scoresheets", example = "3")
        long scoresheets,

        @Schema(description = "Scoresheet totals or one indicator spread more than the campaign's threshold")
        boolean disagreement,

        @Schema(description = "A consensus result overrides the aggregate")
        boolean consensus,

        boolean eligible,

        @Schema(description = "Why the branch is not eligible (missing required accepted deliverables)")
        List<String> ineligibleReasons,

        @Schema(nullable = true, description = "Each standard's final score; absent where the caller may not see it")
        List<StandardScore> standards) {

    @Schema(name = "StandardScore", description = "A standard's final score for a branch")
    public record StandardScore(
            long standardId,
            @Schema(example = "STUDY") String code,
            @Schema(example = "重视学习") String name,
            @Schema(example = "25.00") BigDecimal points,
            @Schema(example = "30.0") BigDecimal maxPoints) {}
}
