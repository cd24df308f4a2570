package app.chuangxian.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DeliverableTypeRequest",
        description =
                "What branches hand in during a phase. Field keys are unique. " + "On update, `version` is required.")
public record DeliverableTypeRequest(
        @NotNull @Schema(description = "A phase of the same campaign", example = "1")
        Long phaseId,

        @NotNull @Min(1) @Max(100) @Schema(example = "1") Integer seq,

        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and '_'")
        @Schema(example = "IMPLEMENTATION_PLAN")
        String code,

        @NotBlank @Size(max = 100) @Schema(example = "实施方案") String name,
        @Size(max = 5000) String description,

        @Schema(description = "A branch needs one accepted to be eligible; false when absent")
        Boolean required,

        @Schema(description = "A branch may hand in several; false when absent")
        Boolean multiple,

        @Size(max = 30) List<@Valid FieldDefinition> fields,

        @Schema(description = "Required on update: the version you read")
        Long version) {}
