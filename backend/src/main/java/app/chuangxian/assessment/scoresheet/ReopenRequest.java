package app.chuangxian.assessment.scoresheet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReopenRequest",
        description = "Reopen a submitted scoresheet; the reason is recorded with who reopened it")
public record ReopenRequest(
        @NotNull @Schema(example = "3") Long version,

        @NotBlank @Size(max = 1000) @Schema(example = "评审误将组织生活记录计为零分")
        String reason) {}
