package app.chuangxian.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grade thresholds of a campaign, read and replaced as a whole under the campaign's version. */
@Schema(
        name = "GradeScale",
        description = "The grades for a branch's total, highest first (e.g. 优秀 ≥ 90, 良好 ≥ 75, "
                + "合格 ≥ 60). `version` is the campaign's version: send back the one you read.")
public record GradeScale(
        @Schema(readOnly = true) Long campaignId,
        @NotNull @Size(max = 10) List<@Valid Grade> grades,

        @Schema(description = "The campaign's version; required on replace", example = "3")
        Long version) {

    @Schema(name = "Grade", description = "A grade reached with a total of at least `minTotal`")
    public record Grade(
            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and '_'")
            @Schema(example = "EXCELLENT")
            String code,

            @NotBlank @Size(max = 50) @Schema(example = "优秀")
            String name,

            @NotNull
            @DecimalMin("0.0")
            @DecimalMax("10000.0")
            @Digits(integer = 5, fraction = 1)
            @Schema(example = "90")
            BigDecimal minTotal) {
        static Grade of(GradeThreshold g) {
            return new Grade(g.code, g.name, g.minTotal);
        }
    }
}
