package app.chuangxian.assessment.consensus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsensusRequest", description = "The consensus reached for a branch: a final score for every standard")
public record ConsensusRequest(
        @NotBlank @Size(max = 5000) @Schema(example = "实地调研核实：组织生活记录齐全，评审三的低分依据不足")
        String reason,

        @NotBlank @Size(max = 500) @Schema(example = "王评, 李评, 赵评, 组织部 张部长")
        String participants,

        @Positive
        @Schema(
                description = "The site visit whose findings support the reason: a visit to this branch in this"
                        + " campaign",
                example = "12")
        Long siteVisitId,

        @NotEmpty @Size(max = 50) List<@NotNull @Valid StandardPoints> standards,

        @Schema(
                description = "Required when replacing an existing consensus: the version you read (without it, a "
                        + "consensus recorded meanwhile is a 409 STALE_VERSION)")
        Long version) {

    @Schema(name = "ConsensusStandardPoints", description = "A standard's agreed points: 0..its points in steps of 0.5")
    public record StandardPoints(
            @NotNull @Schema(example = "2") Long standardId,
            @NotNull @Schema(example = "27.5") BigDecimal points) {}
}
