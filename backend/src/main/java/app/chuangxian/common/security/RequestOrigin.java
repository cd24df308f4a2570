package app.chuangxian.common.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Where the current request comes from (the proxy's forwarded address when proxy forwarding is on). */
@ApplicationScoped
public class RequestOrigin {
    @Inject
    CurrentVertxRequest request;

    /** The remote address, or null outside an HTTP request. */
    public String address() {
        try {
            RoutingContext rc = request.getCurrent();
            if (rc != null && rc.request().remoteAddress() != null) {
                String host = rc.request().remoteAddress().hostAddress();
                return host != null && host.length() > 64 ? host.substring(0, 64) : host;
            }
        } catch (RuntimeException outsideRequest) {
            // no request context
        }
        return null;
    }
}
