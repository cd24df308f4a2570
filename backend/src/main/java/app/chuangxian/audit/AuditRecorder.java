package app.chuangxian.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every write request under /api/ (anything but GET, HEAD and OPTIONS): who, method and path, the
 * entity type and id read from the path (or the Location of a 201), the status, the address and the names of
 * the JSON fields sent. Sign-in is recorded by the token service itself, with the name that was tried.
 */
public class AuditRecorder {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SELF_RECORDED = Set.of("/api/v1/auth/token", "/api/v1/auth/client-token");

    @Inject
    AuditLog audit;

    @Inject
    RequestFields fields;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (READS.contains(method) || !path.startsWith("/api/") || SELF_RECORDED.contains(path)) {
            return;
        }
        EntityRef ref = EntityRef.fromPath(path);
        if (ref.id() == null && response.getStatus() == 201 && response.getLocation() != null) {
            ref = EntityRef.fromPath(location(response.getLocation()));
        }
        audit.write(method, path, ref.type(), ref.id(), response.getStatus(), fields.names());
    }

    private static String location(URI uri) {
        return uri.getPath() == null ? "" : uri.getPath();
    }
}
