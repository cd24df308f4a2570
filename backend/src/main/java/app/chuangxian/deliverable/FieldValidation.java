package app.chuangxian.deliverable;

import app.chuangxian.campaign.FieldDefinition;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a deliverable's structured fields against its type's field definitions. Drafts may leave required
 * fields empty; a submission may not.
 */
final class FieldValidation {
    static final int DEFAULT_TEXT_MAX = 200;
    static final int DEFAULT_TEXTAREA_MAX = 5000;
    static final int MAX_LIST_ITEMS = 100;

    private FieldValidation() {}

    /** The cleaned fields (blank values dropped), or a 400 naming every offending {@code fields.<key>}. */
    static Map<String, Object> check(
            List<FieldDefinition> definitions, Map<String, Object> values, boolean submitting) {
        Map<String, Object> input = values == null ? Map.of() : values;
        Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
        definitions.forEach(d -> byKey.put(d.key(), d));
        List<Problem.FieldError> errors = new ArrayList<>();
        input.keySet().stream()
                .filter(k -> !byKey.containsKey(k))
                .sorted()
                .forEach(k ->
                        errors.add(new Problem.FieldError("fields." + k, "is not a field of this deliverable type")));
        Map<String, Object> clean = new LinkedHashMap<>();
        for (FieldDefinition def : definitions) {
            Object value = input.get(def.key());
            if (isBlank(value)) {
                if (submitting && def.required()) {
                    errors.add(new Problem.FieldError("fields." + def.key(), def.label() + " is required"));
                }
                continue;
            }
            Problem.FieldError problem = problem("fields." + def.key(), def, value);
            if (problem != null) {
                errors.add(problem);
            } else {
                clean.put(def.key(), value instanceof String s ? s.strip() : value);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return clean;
    }

    private static Problem.FieldError problem(String field, FieldDefinition def, Object value) {
        return switch (def.type()) {
            case TEXT -> text(field, value, limit(def, DEFAULT_TEXT_MAX));
            case TEXTAREA -> text(field, value, limit(def, DEFAULT_TEXTAREA_MAX));
            case NUMBER ->
                value instanceof Number n && isFinite(n)
                        ? null
                        : Problem.FieldError.of(field, "must be a number", Reasons.NUMBER, null);
            case DATE -> date(value) == null ? null : Problem.FieldError.of(field, date(value), Reasons.DATE, null);
            case LIST -> list(field, value, limit(def, DEFAULT_TEXT_MAX));
        };
    }

    private static Problem.FieldError text(String field, Object value, int max) {
        if (!(value instanceof String s)) {
            return new Problem.FieldError(field, "must be text");
        }
        return s.strip().length() > max
                ? Problem.FieldError.of(
                        field, "must be at most " + max + " characters", Reasons.TOO_LONG, Map.of("max", max))
                : null;
    }

    private static String date(Object value) {
        try {
            if (value instanceof String s) {
                LocalDate.parse(s.strip());
                return null;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        return "must be a date yyyy-mm-dd";
    }

    private static Problem.FieldError list(String field, Object value, int max) {
        if (!(value instanceof List<?> items)) {
            return new Problem.FieldError(field, "must be a list of texts");
        }
        if (items.size() > MAX_LIST_ITEMS) {
            return Problem.FieldError.of(
                    field,
                    "must have at most " + MAX_LIST_ITEMS + " items",
                    Reasons.TOO_MANY_ITEMS,
                    Map.of("max", MAX_LIST_ITEMS));
        }
        for (Object item : items) {
            if (!(item instanceof String)) {
                return new Problem.FieldError(field, "every item must be text");
            }
            Problem.FieldError p = text(field, item, max);
            if (p != null) {
                return Problem.FieldError.of(field, "every item " + p.message(), Reasons.ITEM_TOO_LONG, p.params());
            }
        }
        return null;
    }

    private static int limit(FieldDefinition def, int fallback) {
        return def.maxLength() == null ? fallback : def.maxLength();
    }

    private static boolean isFinite(Number n) {
        return !(n instanceof Double d && (d.isNaN() || d.isInfinite()))
                && (n instanceof BigDecimal || !Double.isNaN(n.doubleValue()));
    }

    private static boolean isBlank(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty());
    }
}
