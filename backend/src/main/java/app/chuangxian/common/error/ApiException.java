package app.chuangxian.common.error;

import java.util.List;
import java.util.Map;

/** A failure the client can understand and act on; mapped to problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final String code;
    private final List<Problem.FieldError> fieldErrors;
    private Long retryAfterSeconds;

    public ApiException(
            int status, String type, String title, String code, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(
                404, ProblemTypes.NOT_FOUND, "Not found", "NOT_FOUND", what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, ProblemTypes.CONFLICT, "Conflict", code, detail, null);
    }

    public static ApiException staleVersion(String what) {
        return new ApiException(
                409,
                ProblemTypes.STALE_VERSION,
                "Stale version",
                "STALE_VERSION",
                what + " was changed by someone else; reload it and apply your change again",
                null);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, ProblemTypes.BAD_REQUEST, "Bad request", code, detail, null);
    }

    public static ApiException invalidField(String field, String message) {
        return validation(List.of(new Problem.FieldError(field, message)));
    }

    /** A refused field with the rule that failed ({@link Reasons}) and the values it names, such as its bound. */
    public static ApiException invalidField(String field, String message, String reason, Map<String, ?> params) {
        return validation(List.of(Problem.FieldError.of(field, message, reason, params)));
    }

    public static ApiException validation(List<Problem.FieldError> errors) {
        return new ApiException(
                400,
                ProblemTypes.VALIDATION,
                "Validation failed",
                "VALIDATION_FAILED",
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid",
                errors);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(403, ProblemTypes.FORBIDDEN, "Forbidden", code, detail, null);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", code, detail, null);
    }

    /** Tells the client when to try again (the Retry-After header of a 429 or 503). */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), code, fieldErrors);
    }

    public int status() {
        return status;
    }
}
