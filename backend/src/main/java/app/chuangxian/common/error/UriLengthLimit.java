package app.chuangxian.common.error;

import app.chuangxian.common.logging.RequestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a request whose path and query are longer than {@code app.http.max-uri-length} with a problem+json 414.
 * The HTTP decoder's own line limit is set far higher so that clients meet this answer, not a bare 414.
 */
@ApplicationScoped
public class UriLengthLimit {
    @Inject
    HttpSettings settings;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(RequestIds.ORDER + 1).handler(this::refuseLong);
    }

    private void refuseLong(RoutingContext context) {
        String uri = context.request().uri();
        if (uri == null || uri.length() <= settings.maxUriLength()) {
            context.next();
            return;
        }
        RouteProblems.refuse(
                context,
                json,
                new Problem(
                        ProblemTypes.URI_TOO_LONG,
                        "URI too long",
                        414,
                        "The address with its query is " + uri.length() + " characters long; this API accepts at most "
                                + settings.maxUriLength() + ". Send long filters in a request body instead.",
                        "URI_TOO_LONG",
                        null));
    }
}
