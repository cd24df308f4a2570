package app.chuangxian.common.error;

import app.chuangxian.common.logging.RequestIds;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
        List<FieldError> fieldErrors,

        @Schema(
                description = "The id of the request this answers, as in its X-Request-Id header: quote it when "
                        + "reporting the problem, so that the operator finds the request's log lines",
                example = "5f0c6d2e-8b1a-4c3e-9f7d-2a4b6c8d0e1f")
        String requestId) {

    public Problem {
        if (requestId == null) {
            requestId = RequestIds.current();
        }
    }

    /** A problem of the request being served (the request's id is added). */
    public Problem(String type, String title, int status, String detail, String code, List<FieldError> fieldErrors) {
        this(type, title, status, detail, code, fieldErrors, null);
    }

    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "code", "message"})
    public record FieldError(
            @Schema(description = "Path of the field in the request", example = "name")
            String field,

            @Schema(
                    description =
                            "Machine-readable family of the failure: REQUIRED, SIZE, OUT_OF_RANGE, PATTERN, FORMAT, "
                                    + "WRONG_TYPE, UNKNOWN_FIELD, UNKNOWN_REFERENCE, DUPLICATE, BROKEN_TEXT or INVALID (any other "
                                    + "rule; `reason` or the message says which)",
                    example = "SIZE")
            String code,

            @Schema(
                    description = "What is wrong with it, in English for programmers",
                    example = "size must be between 0 and 50")
            String message,

            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @Schema(
                    description = "The exact rule that failed, more specific than `code`, in UPPER_SNAKE_CASE; omitted "
                            + "when no more is known than the code. Values may be added; a client that does not know one "
                            + "falls back to `code`. " + Reasons.DESCRIPTION,
                    example = "TOO_LONG")
            String reason,

            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @Schema(
                    description = "The values the rule names, by name (strings or numbers), to put into a sentence; "
                            + "the names per reason are listed with `reason`. Omitted when the rule names none.",
                    additionalProperties = ParamValue.class,
                    example = "{\"max\": 50}")
            Map<String, Object> params) {

        public FieldError {
            if (params == null || params.isEmpty()) {
                params = null;
            } else {
                Map<String, Object> plain = new TreeMap<>();
                // 20, not 2E+1: a decimal is sent as people write it
                params.forEach((k, v) -> plain.put(
                        k,
                        v instanceof BigDecimal d
                                ? new BigDecimal(d.stripTrailingZeros().toPlainString())
                                : v));
                params = Collections.unmodifiableMap(plain);
            }
        }

        /** A field error of a known code, with no more specific reason. */
        public FieldError(String field, String code, String message) {
            this(field, code, message, null, null);
        }

        /** A field error whose code is read from its message. */
        public FieldError(String field, String message) {
            this(field, codeOf(message), message, null, null);
        }

        /**
         * A field error whose code is read from its message, with the rule that failed ({@link Reasons}) and the values
         * it names; the way every custom rule reports a field.
         */
        public static FieldError of(String field, String message, String reason, Map<String, ?> params) {
            return new FieldError(
                    field,
                    codeOf(message),
                    message,
                    reason,
                    params == null ? null : new TreeMap<String, Object>(params));
        }

        /** This error with its code kept and the rule that failed added. */
        public FieldError because(String reason, Map<String, ?> params) {
            return new FieldError(
                    field, code, message, reason, params == null ? null : new TreeMap<String, Object>(params));
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

    /** A value of {@link FieldError#params()}: a string or a number. */
    @Schema(
            name = "FieldErrorParam",
            description = "A value a field error's rule names: a string or a number",
            oneOf = {String.class, BigDecimal.class})
    interface ParamValue {}
}
