package app.chuangxian.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreInput", description = "One indicator's score: 0..the indicator's points in steps of 0.5")
public record ScoreInput(
        @NotNull @Schema(example = "7") Long indicatorId,
        @NotNull @Schema(example = "8.5") BigDecimal points,

        @Size(max = 1000)
        @Schema(
                nullable = true,
                description = "Required when the points are below 60 % of the indicator's points",
                example = "学习制度健全，记录完整")
        String comment) {}
