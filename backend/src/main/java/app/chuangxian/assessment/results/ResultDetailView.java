package app.chuangxian.assessment.results;

import app.chuangxian.assessment.ScoreInput;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BranchResultDetail",
        description = "A branch's result with the assessors' scoresheets and its self-assessment beside them")
public record ResultDetailView(
        ResultView result,

        @Schema(
                description =
                        "The submitted scoresheets; assessors are named for committee staff only (else 评审 1, 2, 3)")
        List<Review> reviews,

        @Schema(
                nullable = true,
                description = "The branch's submitted self-assessment total; committee staff and the branch only",
                example = "90.0")
        BigDecimal selfAssessmentTotal,

        @Schema(nullable = true, description = "Self-assessment total minus final total", example = "3.25")
        BigDecimal selfAssessmentGap,

        @Schema(nullable = true, description = "Per standard, the self-assessment beside the final score")
        List<SelfComparison> selfAssessmentStandards) {

    @Schema(name = "ResultReview", description = "One assessor's submitted scoresheet as shown in results")
    public record Review(
            @Schema(example = "评审 1") String label,

            @Schema(nullable = true, description = "Committee staff only")
            String assessorName,

            BigDecimal total,
            List<ScoreInput> scores) {}

    @Schema(name = "SelfAssessmentComparison", description = "A standard's self-assessed points beside its final score")
    public record SelfComparison(
            long standardId,
            @Schema(example = "STUDY") String code,
            @Schema(example = "28.0") BigDecimal selfPoints,
            @Schema(example = "25.50") BigDecimal finalPoints) {}
}
