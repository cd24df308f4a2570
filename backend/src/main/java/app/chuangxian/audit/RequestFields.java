package app.chuangxian.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The names (never the values) of the top-level fields of a JSON request body, for the audit log. */
@RequestScoped
public class RequestFields {
    private List<String> names = List.of();

    public List<String> names() {
        return names;
    }

    void remember(byte[] body) {
        try {
            JsonNode node = new ObjectMapper().readTree(body);
            if (node != null && node.isObject()) {
                List<String> found = new ArrayList<>();
                node.fieldNames().forEachRemaining(found::add);
                names = found;
            }
        } catch (IOException notJson) {
            // the body mapper reports malformed JSON to the client
        }
    }

    /** Reads a JSON body once, notes its field names and hands the same bytes on. */
    @Provider
    public static class Interceptor implements ReaderInterceptor {
        @Inject
        RequestFields fields;

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            MediaType type = context.getMediaType();
            if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                byte[] body = context.getInputStream().readAllBytes();
                fields.remember(body);
                context.setInputStream(new ByteArrayInputStream(body));
            }
            return context.proceed();
        }
    }
}
