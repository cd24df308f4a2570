package app.chuangxian.common.logging;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id that ties its log lines and its answer together: the caller's {@code X-Request-Id} when it
 * sends a sensible one (a proxy or an integrator tracing its calls), else a new one. The id is echoed in the answer's
 * header, carried in problem bodies and printed on each log line of the request.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Letters, digits and a few separators, as proxies and tracing systems write them; anything else is replaced. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /** Runs first of all: even a request line refused as too long ({@code UriLengthLimit}) carries the id. */
    public static final int ORDER = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            String id = accepted(rc.request().getHeader(HEADER));
            // The request's log context lives on its Vert.x context, so the worker thread that runs the resource
            // sees it too.
            MDC.put(MDC_KEY, id);
            rc.response().headers().set(HEADER, id);
            rc.next();
        });
    }

    /** The caller's id when it is one this service may echo, else a new one. */
    static String accepted(String sent) {
        return sent != null && ACCEPTED.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
