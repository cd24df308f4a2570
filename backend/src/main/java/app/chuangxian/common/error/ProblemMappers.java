package app.chuangxian.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/** The one table from exception to HTTP status; every error leaves as application/problem+json. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String RETRY_AFTER = "Retry-After";
    /** When a 429 or 503 does not know better, the client waits this long. */
    static final int DEFAULT_RETRY_AFTER_SECONDS = 30;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(respond(e.toProblem()))
                    .header(RETRY_AFTER, e.retryAfterSeconds())
                    .build();
        }
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> withReason(new Problem.FieldError(fieldPath(v), constraintCode(v), v.getMessage()), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ApiException.validation(fields).toProblem());
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        UnrecognizedPropertyException.class,
        InvalidFormatException.class,
        JsonParseException.class
    })
    public Response json(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message;
            String reason = null;
            Map<String, ?> params = null;
            if (e instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                message = StrictJsonInput.BROKEN_TEXT;
            } else if (e instanceof InvalidFormatException invalid && isWholeNumber(invalid.getTargetType())) {
                message = "must be a whole number";
                reason = Reasons.WHOLE_NUMBER;
            } else if (e instanceof InvalidFormatException invalid
                    && invalid.getTargetType().isEnum()) {
                message = "must be one of " + Reasons.choices(invalid.getTargetType());
                reason = Reasons.ONE_OF;
                params = Map.of("allowed", Reasons.choices(invalid.getTargetType()));
            } else if (e instanceof InvalidFormatException invalid) {
                message = "cannot read value '" + invalid.getValue() + "' as "
                        + invalid.getTargetType().getSimpleName();
                reason = readReason(invalid.getTargetType());
            } else if (e.getCause() instanceof InputCoercionException) {
                message = "is out of range";
            } else {
                message = "wrong type or shape of value";
            }
            return respond(
                    ApiException.invalidField(field, message, reason, params).toProblem());
        }
        if (e instanceof StreamConstraintsException) {
            return respond(new Problem(
                    ProblemTypes.BAD_REQUEST,
                    "Bad request",
                    400,
                    "The request body is nested too deeply or holds a value too long to read",
                    "BODY_TOO_COMPLEX",
                    null));
        }
        if (e instanceof MismatchedInputException) {
            // valid JSON of the wrong shape: an array, a number or null where an object is expected
            return respond(new Problem(
                    ProblemTypes.BAD_REQUEST,
                    "Bad request",
                    400,
                    "The request body must be a JSON object",
                    "BODY_NOT_AN_OBJECT",
                    null));
        }
        return respond(new Problem(
                ProblemTypes.BAD_REQUEST,
                "Malformed JSON",
                400,
                "The request body is not valid JSON",
                "MALFORMED_JSON",
                null));
    }

    /** A multipart body whose part headers break the format (a bare line feed in a file name, say). */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e) {
        return respond(new Problem(
                ProblemTypes.BAD_REQUEST,
                "Bad request",
                400,
                "The multipart body is malformed: a "
                        + "part's headers break the format (for example a line break inside a file name)",
                "MALFORMED_MULTIPART",
                null));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(ApiException.unauthorized("UNAUTHENTICATED", "Sign in to use this operation")
                .toProblem());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(ApiException.unauthorized("INVALID_TOKEN", "The access token is missing, invalid or expired")
                .toProblem());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ApiException.forbidden("FORBIDDEN", "Your role may not use this operation")
                .toProblem());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response optimisticLock(Exception e) {
        return respond(ApiException.staleVersion("The record").toProblem());
    }

    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e) {
        return respond(ApiException.conflict(
                        "INTEGRITY_VIOLATION",
                        "The change conflicts with existing data (a duplicate or a record still in use)")
                .toProblem());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; to the client it is a bad request
            return respond(new Problem(
                    ProblemTypes.BAD_REQUEST,
                    "Bad request",
                    400,
                    "A query or path parameter has a value of the wrong type: "
                            + e.getCause().getMessage(),
                    "INVALID_PARAMETER",
                    null));
        }
        if (status == 400 && e.getCause() != null) {
            // JAX-RS answers 400 when a form field or header cannot be converted
            return respond(new Problem(
                    ProblemTypes.BAD_REQUEST,
                    "Bad request",
                    400,
                    "A form field or header has a value of the wrong type: "
                            + e.getCause().getMessage(),
                    "INVALID_PARAMETER",
                    null));
        }
        String type = switch (status) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 409 -> ProblemTypes.CONFLICT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.BAD_REQUEST;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 404 ? "No such resource" : title;
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        return respond(new Problem(type, title, status, detail, code, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (databaseBusy(e)) {
            LOG.warn("Database busy: " + e.getMessage());
            return respond(new Problem(
                    ProblemTypes.INTERNAL,
                    "Service busy",
                    503,
                    "The server is busy with other requests and did nothing with this one; try again shortly",
                    "SERVICE_UNAVAILABLE",
                    null));
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem(
                ProblemTypes.INTERNAL,
                "Internal error",
                500,
                "Something went wrong on our side; the change was not saved",
                "INTERNAL_ERROR",
                null));
    }

    /**
     * True when the request failed only because the database had no connection free in time, or a row lock could not
     * be had: nothing was done, and the same request a moment later succeeds.
     */
    static boolean databaseBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || (t instanceof java.sql.SQLException
                            && t.getMessage() != null
                            && t.getMessage().contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(ProblemTypes.MEDIA_TYPE).entity(problem);
        if (problem.status() == 429 || problem.status() == 503) {
            response.header(RETRY_AFTER, DEFAULT_RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** "create.request.name" becomes "name"; a scalar parameter ("list.size") is named by itself. */
    private static String fieldPath(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null && !out.isEmpty()) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? "request" : out.toString();
    }

    /** The machine code of a bean-validation failure, from the kind of constraint that failed. */
    private static String constraintCode(ConstraintViolation<?> v) {
        String kind = v.getConstraintDescriptor() == null
                ? ""
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size" -> "SIZE";
            case "Min",
                    "Max",
                    "DecimalMin",
                    "DecimalMax",
                    "Positive",
                    "PositiveOrZero",
                    "Negative",
                    "NegativeOrZero",
                    "Range" -> "OUT_OF_RANGE";
            case "Pattern" -> "PATTERN";
            case "Email", "Digits", "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "FORMAT";
            default -> Problem.FieldError.codeOf(v.getMessage());
        };
    }

    /** Reasons of patterns, by the message their annotation gives: the kind of text the field takes. */
    private static final Map<String, String> PATTERN_REASONS = Map.of(
            "must be upper-case letters, digits and '_'", Reasons.UPPER_CODE,
            "must be a camelCase key", Reasons.CAMEL_KEY,
            "must be a phone number", Reasons.PHONE,
            "only letters, digits, '-' and '_'", Reasons.CODE_CHARS);

    /** The exact rule a bean-validation failure broke, with its bounds, from the constraint's attributes. */
    static Problem.FieldError withReason(Problem.FieldError error, ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor() == null) {
            return error;
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String kind =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object value = v.getInvalidValue();
        boolean inclusive = !Boolean.FALSE.equals(attributes.get("inclusive"));
        return switch (kind) {
            case "Size" -> size(error, value, (Integer) attributes.get("min"), (Integer) attributes.get("max"));
            case "Min" -> error.because(Reasons.AT_LEAST, Map.of("min", attributes.get("value")));
            case "Max" -> error.because(Reasons.AT_MOST, Map.of("max", attributes.get("value")));
            case "DecimalMin" ->
                error.because(inclusive ? Reasons.AT_LEAST : Reasons.ABOVE, Map.of("min", new BigDecimal((String)
                        attributes.get("value"))));
            case "DecimalMax" ->
                error.because(inclusive ? Reasons.AT_MOST : Reasons.BELOW, Map.of("max", new BigDecimal((String)
                        attributes.get("value"))));
            case "Positive" -> error.because(Reasons.ABOVE, Map.of("min", 0));
            case "PositiveOrZero" -> error.because(Reasons.AT_LEAST, Map.of("min", 0));
            case "Negative" -> error.because(Reasons.BELOW, Map.of("max", 0));
            case "NegativeOrZero" -> error.because(Reasons.AT_MOST, Map.of("max", 0));
            case "Digits" ->
                error.because(
                        Reasons.DIGITS,
                        Map.of("integer", attributes.get("integer"), "fraction", attributes.get("fraction")));
            case "Email" -> error.because(Reasons.EMAIL, null);
            case "Past", "PastOrPresent" -> error.because(Reasons.NOT_FUTURE, null);
            case "Pattern" -> {
                String reason = PATTERN_REASONS.get(v.getMessageTemplate());
                yield reason == null ? error : error.because(reason, null);
            }
            default -> error;
        };
    }

    private static Problem.FieldError size(Problem.FieldError error, Object value, int min, int max) {
        int length;
        boolean items = true;
        if (value instanceof java.util.Collection<?> c) {
            length = c.size();
        } else if (value instanceof Map<?, ?> m) {
            length = m.size();
        } else if (value != null && value.getClass().isArray()) {
            length = java.lang.reflect.Array.getLength(value);
        } else {
            items = false;
            length = value instanceof CharSequence text ? text.length() : Integer.MAX_VALUE;
        }
        if (length > max) {
            return error.because(items ? Reasons.TOO_MANY_ITEMS : Reasons.TOO_LONG, Map.of("max", max));
        }
        return error.because(items ? Reasons.TOO_FEW_ITEMS : Reasons.TOO_SHORT, Map.of("min", min));
    }

    private static String readReason(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return Reasons.DATE;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Reasons.NUMBER;
        }
        return null;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
