package app.chuangxian.assessment.selfassessment;

import app.chuangxian.assessment.ScoreInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SelfScoreInput",
        description = "The branch's own score for one indicator: 0..its points in steps of 0.5")
public record SelfScoreInput(
        @NotNull @Schema(example = "7") Long indicatorId,
        @NotNull @Schema(example = "9") BigDecimal points,

        @Size(max = 500) @Schema(nullable = true, description = "A short justification", example = "全年组织集中学习6次")
        String justification) {

    ScoreInput asScore() {
        return new ScoreInput(indicatorId, points, justification);
    }
}
