package app.chuangxian.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that says it accepts {@code application/problem+json} reads JSON: generated clients (okhttp-gson, for one)
 * send that alone when the first JSON type an operation lists is the error one, even for a spreadsheet export. Such a
 * request takes what the operation produces, so that its success answer is not refused with a 406.
 */
public class ProblemAccept {
    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isEmpty()) {
            return;
        }
        String joined = String.join(",", accept);
        String lower = joined.toLowerCase(Locale.ROOT);
        if (lower.contains(ProblemTypes.MEDIA_TYPE) && !lower.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, joined + ", */*;q=0.1");
        }
    }
}
