package app.chuangxian.common.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * An update (PUT) replaces the whole record, so its body must name every field: one left out would silently be
 * cleared. A field missing from the PUT body of a request marked {@link Whole} is a 400 naming it (send {@code null} to
 * clear a field on purpose). See docs/adr/008-updates-send-every-field.md.
 */
@Provider
public class CompleteReplacement implements ReaderInterceptor {
    /** Marks a request record whose PUT must name every field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Whole {}

    static final String MISSING =
            "is missing: an update sends every field (null to clear it), so that nothing is erased by mistake";

    @Inject
    HttpServerRequest request;

    @Inject
    ObjectMapper mapper;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (!"PUT".equals(request.method().name())
                || !context.getType().isRecord()
                || !context.getType().isAnnotationPresent(Whole.class)
                || type == null
                || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException malformed) {
            return context.proceed(); // the body reader reports it
        }
        if (node != null && node.isObject()) {
            List<Problem.FieldError> missing = new ArrayList<>();
            for (RecordComponent c : context.getType().getRecordComponents()) {
                JsonProperty named = c.getAnnotation(JsonProperty.class);
                String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
                if (!node.has(name)) {
                    missing.add(new Problem.FieldError(name, MISSING));
                }
            }
            if (!missing.isEmpty()) {
                throw ApiException.validation(missing);
            }
        }
        return context.proceed();
    }
}
