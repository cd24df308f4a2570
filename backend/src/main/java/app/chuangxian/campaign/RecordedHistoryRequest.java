package app.chuangxian.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecordedHistoryRequest",
        description = "Enter a campaign that already happened as of a date, or"
                + " (asOf null) return it to live dates; the reason is audited")
public record RecordedHistoryRequest(
        @Schema(
                nullable = true,
                description = "The day submissions are dated while the history is entered; not after"
                        + " today. Null ends the mode.",
                example = "2009-11-30")
        LocalDate asOf,

        @NotBlank @Size(max = 500) @Schema(example = "补录2009年活动的纸质材料")
        String reason,

        @NotNull @Schema(example = "3") Long version) {}
