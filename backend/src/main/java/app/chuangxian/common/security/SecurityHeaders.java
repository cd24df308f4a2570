package app.chuangxian.common.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that depend on the request: HSTS only when the request came over TLS (directly or through a proxy
 * that says so in X-Forwarded-Proto), a locked-down CSP on API and /q/ responses, which are never rendered, and a
 * page CSP for the API explorer when it is enabled.
 * The fixed headers (nosniff, Referrer-Policy, X-Frame-Options) are set in application.properties.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** The API explorer (only served when enabled) is a page: its own scripts and styles, nothing from elsewhere. */
    static final String EXPLORER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    rc.addHeadersEndHandler(ignored -> {
                        var request = rc.request();
                        var headers = rc.response().headers();
                        if (request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
                            headers.set("Strict-Transport-Security", HSTS);
                        }
                        String path = request.path() == null ? "" : request.path();
                        if (path.startsWith("/api/")) {
                            headers.set("Content-Security-Policy", API_CSP);
                            // An answer that says how long it may be kept (a thumbnail) keeps that; any other is never
                            // stored
                            if (!headers.contains("Cache-Control")) {
                                headers.set("Cache-Control", "no-store");
                            }
                        } else if (path.startsWith("/q/")) {
                            headers.set(
                                    "Content-Security-Policy",
                                    path.startsWith("/q/swagger-ui") ? EXPLORER_CSP : API_CSP);
                        }
                    });
                    rc.next();
                },
                100);
    }
}
