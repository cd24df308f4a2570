package app.chuangxian.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdoptionRequest",
        description = "The caller's organisation adopts a campaign of the organisation right above it as its own"
                + " implementation plan (实施方案)")
public record AdoptionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The plan's title", example = "民进山西省争创先进基层组织活动实施方案")
        String title,

        @NotBlank @Size(max = 64) @Schema(description = "The plan's document number (文号)", example = "进晋字【2009】17号")
        String documentNumber) {}
