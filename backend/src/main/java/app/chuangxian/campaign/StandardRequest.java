package app.chuangxian.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StandardRequest",
        description =
                "An evaluation standard with its indicators, replaced as a whole. The "
                        + "indicators' points must sum to `maxPoints`; points are multiples of 0.5. On update, `version` is required.")
public record StandardRequest(
        @NotNull @Min(1) @Max(50) @Schema(example = "1") Integer seq,

        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and '_'")
        @Schema(example = "STUDY")
        String code,

        @NotBlank @Size(max = 100) @Schema(example = "重视学习") String name,
        @Size(max = 5000) String description,

        @NotNull @DecimalMin("0.5") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 1) @Schema(example = "25")
        BigDecimal maxPoints,

        @NotEmpty @Size(max = 30) @Schema(description = "考核细则, in order")
        List<@Valid IndicatorRequest> indicators,

        @Schema(description = "Required on update: the version you read")
        Long version) {

    @Schema(name = "IndicatorRequest", description = "An indicator (考核细则); its code is unique in the campaign")
    public record IndicatorRequest(
            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and '_'")
            @Schema(example = "STUDY_1")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "组织会员学习中共中央有关文件和理论")
            String name,

            @Size(max = 5000) String description,

            @NotNull @DecimalMin("0.5") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 1) @Schema(example = "8")
            BigDecimal maxPoints) {}
}
