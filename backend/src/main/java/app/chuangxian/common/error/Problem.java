package app.chuangxian.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details; every error response has this body.",
        requiredProperties = {"type", "title", "status", "code"})
public record Problem(
        @Schema(
                description = "URI of the problem type; it resolves to this API's page explaining it",
                example = ProblemTypes.VALIDATION)
        String type,

        @Schema(description = "Short summary of the problem type", example = "Validation failed")
        String title,

        @Schema(description = "HTTP status", example = "400")
        int status,

        @Schema(description = "What went wrong in this request", example = "2 fields are invalid")
        String detail,

        @Schema(
                description = "Machine-readable error code (listed with their meanings below)",
                example = "VALIDATION_FAILED")
        String code,

        @Schema(description = "The offending fields, for validation problems")
        List<FieldError> fieldErrors) {

    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "code", "message"})
    public record FieldError(
            @Schema(description = "Path of the field in the request", example = "name")
            String field,

            @Schema(
                    description = "Machine-readable reason: REQUIRED, SIZE, OUT_OF_RANGE, PATTERN, FORMAT, WRONG_TYPE, "
                            + "UNKNOWN_FIELD, UNKNOWN_REFERENCE, DUPLICATE, BROKEN_TEXT or INVALID (any other rule; the message "
                            + "says which)",
                    example = "REQUIRED")
            String code,

            @Schema(description = "What is wrong with it", example = "must not be blank")
            String message) {

        /** A field error whose code is read from its message. */
        public FieldError(String field, String message) {
            this(field, codeOf(message), message);
        }

        static String codeOf(String message) {
            String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (m.contains("required")
                    || m.startsWith("must not be null")
                    || m.startsWith("must not be blank")
                    || m.startsWith("must not be empty")) {
                return "REQUIRED";
            }
            if (m.equals("unknown field")) {
                return "UNKNOWN_FIELD";
            }
            if (m.contains("appears twice") || m.contains("duplicate")) {
                return "DUPLICATE";
            }
            if (m.equals(StrictJsonInput.BROKEN_TEXT.toLowerCase(Locale.ROOT))) {
                return "BROKEN_TEXT";
            }
            if (m.startsWith("must be a whole number")
                    || m.startsWith("wrong type")
                    || m.startsWith("cannot read value")
                    || m.startsWith("must be true or false")) {
                return "WRONG_TYPE";
            }
            if (m.startsWith("must be a date") || m.contains("well-formed")) {
                return "FORMAT";
            }
            if (m.contains("out of range")
                    || m.startsWith("must be between")
                    || m.startsWith("must be greater")
                    || m.startsWith("must be less")) {
                return "OUT_OF_RANGE";
            }
            if (m.startsWith("is not a") || m.startsWith("does not ") || m.startsWith("no such")) {
                return "UNKNOWN_REFERENCE";
            }
            return "INVALID";
        }
    }
}
