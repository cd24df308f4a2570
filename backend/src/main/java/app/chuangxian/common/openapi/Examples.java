package app.chuangxian.common.openapi;

import app.chuangxian.common.error.ProblemTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request and response of every operation an example: built from the schema's own examples (each
 * property's first example, else a value of its type within its limits), and for errors a problem of that status.
 */
final class Examples {
    private static final int DEPTH = 12;
    /** Text tried, in order, for a string with a pattern and no example of its own. */
    private static final List<String> TEXTS =
            List.of("示例", "example", "LS01", "1", "13912345678", "someone@example.cn");

    private Examples() {}

    static void add(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> components =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .forEach((type, media) -> example(type, media, components, null));
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().forEach((status, response) -> {
                            if (response.getContent() != null) {
                                response.getContent()
                                        .getMediaTypes()
                                        .forEach((type, media) -> example(type, media, components, status));
                            }
                        });
                    }
                }));
    }

    private static void example(String type, MediaType media, Map<String, Schema> components, String status) {
        if (media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())
                || media.getSchema() == null) {
            return;
        }
        if (type.equals(ProblemTypes.MEDIA_TYPE) && status != null) {
            media.setExample(problem(Integer.parseInt(status)));
        } else if (type.contains("json") || type.equals("application/x-www-form-urlencoded")) {
            Object value = value(media.getSchema(), components, 0, status == null);
            if (value != null) {
                media.setExample(value);
            }
        }
    }

    /** A problem of this status, as the API answers it. */
    static Map<String, Object> problem(int status) {
        Map<String, Object> out = new LinkedHashMap<>();
        String slug = switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "stale-version";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        String[] page = ProblemTypes.PAGES.get(slug);
        out.put("type", ProblemTypes.BASE + slug);
        out.put("title", page[1]);
        out.put("status", status);
        out.put("detail", page[2]);
        out.put(
                "code",
                switch (status) {
                    case 400 -> "VALIDATION_FAILED";
                    case 401 -> "UNAUTHENTICATED";
                    case 403 -> "FORBIDDEN";
                    case 404 -> "NOT_FOUND";
                    case 409 -> "STALE_VERSION";
                    case 413 -> "PAYLOAD_TOO_LARGE";
                    case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                    case 422 -> "IDEMPOTENCY_KEY_REUSED";
                    case 429 -> "TOO_MANY_ATTEMPTS";
                    case 503 -> "SERVICE_UNAVAILABLE";
                    default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
                });
        if (status == 400) {
            out.put("detail", "name: must not be blank");
            Map<String, Object> fieldError = new LinkedHashMap<>(); // in a fixed order, so the contract file is stable
            fieldError.put("field", "name");
            fieldError.put("code", "REQUIRED");
            fieldError.put("message", "must not be blank");
            out.put("fieldErrors", List.of(fieldError));
        }
        return out;
    }

    /** A value that the schema accepts, or null when none can be made without guessing. */
    static Object value(Schema schema, Map<String, Schema> components, int depth, boolean request) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return value(components.get(name), components, depth + 1, request);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    boolean isNull =
                            choice.getType() != null && choice.getType().equals(List.of(Schema.SchemaType.NULL));
                    Object v = isNull ? null : value(choice, components, depth + 1, request);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.NULL)) {
            // a value that may be null, without an example: null is the one value surely valid
            return null;
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    if (Boolean.TRUE.equals(request ? property.getReadOnly() : property.getWriteOnly())) {
                        return;
                    }
                    Object v = value(property, components, depth + 1, request);
                    if (v != null) {
                        out.put(name, v);
                    } else if (required.contains(name) && (nullable(property) || anyValue(property))) {
                        out.put(name, null);
                    }
                });
            }
            return out;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = value(schema.getItems(), components, depth + 1, request);
            List<Object> out = new ArrayList<>();
            if (item != null) {
                out.add(item);
            } else if (schema.getMinItems() != null && schema.getMinItems() > 0) {
                return null;
            }
            return out;
        }
        if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
            BigDecimal v = BigDecimal.ONE;
            if (schema.getMinimum() != null && v.compareTo(schema.getMinimum()) < 0) {
                v = schema.getMinimum();
            }
            if (schema.getMaximum() != null && v.compareTo(schema.getMaximum()) > 0) {
                v = schema.getMaximum();
            }
            return types.contains(Schema.SchemaType.INTEGER) ? (Object) v.longValue() : v;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.FALSE;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            if ("date-time".equals(schema.getFormat())) {
                return "2026-03-01T08:00:00Z";
            }
            if ("date".equals(schema.getFormat())) {
                return "2026-03-01";
            }
            if ("binary".equals(schema.getFormat())) {
                return null;
            }
            return TEXTS.stream().filter(text -> fits(schema, text)).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean nullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                || schema.getAnyOf() != null
                        && schema.getAnyOf().stream()
                                .anyMatch(
                                        s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL));
    }

    /** A schema without any keyword ({@code {}}) accepts every value, null among them. */
    private static boolean anyValue(Schema schema) {
        return schema.getRef() == null
                && (schema.getType() == null || schema.getType().isEmpty())
                && schema.getAllOf() == null
                && schema.getAnyOf() == null
                && schema.getOneOf() == null
                && schema.getProperties() == null
                && schema.getItems() == null
                && schema.getEnumeration() == null;
    }

    private static boolean fits(Schema schema, String text) {
        int length = text.codePointCount(0, text.length());
        return (schema.getMinLength() == null || length >= schema.getMinLength())
                && (schema.getMaxLength() == null || length <= schema.getMaxLength())
                && (schema.getPattern() == null
                        || java.util.regex.Pattern.compile(schema.getPattern())
                                .matcher(text)
                                .find());
    }
}
