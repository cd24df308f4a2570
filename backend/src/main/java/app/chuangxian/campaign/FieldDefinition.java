package app.chuangxian.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One structured field of a deliverable type, e.g. the date of a democratic-life meeting. */
@Schema(name = "FieldDefinition")
public record FieldDefinition(
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "^[a-z][a-zA-Z0-9]*$", message = "must be a camelCase key")
        @Schema(example = "meetingDate")
        String key,

        @NotBlank @Size(max = 100) @Schema(example = "会议日期") String label,
        @NotNull FieldType type,
        boolean required,

        @Min(1) @Max(20000) @Schema(nullable = true, description = "For text fields", example = "500")
        Integer maxLength) {

    @Schema(
            name = "FieldType",
            description = "TEXT one line, TEXTAREA several, DATE yyyy-mm-dd, NUMBER, LIST a list of short texts")
    public enum FieldType {
        TEXT,
        TEXTAREA,
        DATE,
        NUMBER,
        LIST
    }
}
