package app.chuangxian.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignCopyRequest", description = "What differs in a campaign created from a template")
public record CampaignCopyRequest(
        @NotBlank @Size(max = 200) @Schema(example = "争创民进全国先进基层组织活动（2026年）")
        String title,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026")
        Integer year,

        @NotNull
        @Schema(
                description = "The new start of the first phase; every phase moves by the same number of days",
                example = "2026-09-01")
        LocalDate startsOn) {}
