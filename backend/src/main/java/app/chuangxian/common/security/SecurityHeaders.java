package app.chuangxian.common.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that depend on the request: HSTS only when the request came over TLS (directly or through a proxy
 * that says so in X-Forwarded-Proto), and a locked-down CSP on API responses, which are never rendered.
 * The fixed headers (nosniff, Referrer-Policy, X-Frame-Options) are set in application.properties.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                var request = rc.request();
                var headers = rc.response().headers();
                if (request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
                    headers.set("Strict-Transport-Security", HSTS);
                }
                if (request.path() != null && request.path().startsWith("/api/")) {
                    headers.set("Content-Security-Policy", API_CSP);
                    headers.set("Cache-Control", "no-store");
                }
            });
            rc.next();
        }, 100);
    }
}
