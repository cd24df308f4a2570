package app.chuangxian.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PhaseRequest",
        description = "A phase of a campaign. Phases follow each other by `seq` without overlapping. "
                + "On update, `version` is required.")
public record PhaseRequest(
        @NotNull @Min(1) @Max(50) @Schema(description = "Position among the campaign's phases", example = "1")
        Integer seq,

        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and '_'")
        @Schema(example = "MOBILISATION")
        String code,

        @NotBlank @Size(max = 100) @Schema(example = "宣传动员") String name,

        @Size(max = 5000) @Schema(example = "制定具体实施方案，组织学习，动员会员")
        String description,

        @NotNull @Schema(example = "2009-09-01") LocalDate startsOn,

        @NotNull
        @Schema(description = "Inclusive; the default deadline of the phase's deliverables", example = "2009-10-31")
        LocalDate endsOn,

        @Schema(description = "Required on update: the version you read")
        Long version) {}
