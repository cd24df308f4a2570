package app.chuangxian.common.error;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads the path and query parameters of the matched operation as their declared types before JAX-RS does, so that a
 * value of the wrong type is a 400 naming the parameter. Left to itself JAX-RS answers such a value with a 404 that
 * names nothing, and reads any word but "true" as false, which would quietly turn {@code enabled=yes} into a filter
 * for disabled records.
 */
public class ParameterCheck {
    private static final Map<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    /** A path or query parameter whose value has to be read as {@code type}. */
    record Declared(String name, boolean inPath, Class<?> type) {}

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Declared> declared = DECLARED.computeIfAbsent(method, ParameterCheck::declared);
        if (declared.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> path = uri.getPathParameters();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Declared d : declared) {
            List<String> values = (d.inPath() ? path : query).get(d.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String problem = value.isEmpty() ? null : problem(d.type(), value);
                if (problem != null) {
                    errors.add(Problem.FieldError.of(d.name(), problem, reason(d.type()), bounds(d.type())));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** The rule a value of {@code type} breaks when it cannot be read. */
    private static String reason(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return Reasons.WHOLE_NUMBER;
        }
        if (type.isEnum()) {
            return Reasons.ONE_OF;
        }
        return type == LocalDate.class ? Reasons.DATE : null;
    }

    private static Map<String, Object> bounds(Class<?> type) {
        if (type.isEnum()) {
            return Map.of("allowed", Reasons.choices(type));
        }
        if (type == int.class || type == Integer.class) {
            return Map.of("min", Integer.MIN_VALUE, "max", Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return Map.of("min", Long.MIN_VALUE, "max", Long.MAX_VALUE);
        }
        return null;
    }

    /** Why {@code value} cannot be read as {@code type}, or null when it can. */
    static String problem(Class<?> type, String value) {
        try {
            if (type == long.class || type == Long.class) {
                Long.valueOf(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.valueOf(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    return "must be true or false";
                }
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                boolean known = Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> ((Enum<?>) c).name().equals(value));
                if (!known) {
                    return "must be one of " + Reasons.choices(type);
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return type == int.class || type == Integer.class
                    ? "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    : "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        } catch (DateTimeParseException e) {
            return "must be a date such as 2026-03-01";
        }
    }

    private static List<Declared> declared(Method method) {
        List<Declared> out = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            add(out, p.getAnnotations(), p.getType());
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        add(out, f.getAnnotations(), f.getType());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Declared> out, Annotation[] annotations, Class<?> type) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                out.add(new Declared(q.value(), false, type));
            } else if (a instanceof PathParam p) {
                out.add(new Declared(p.value(), true, type));
            }
        }
    }
}
