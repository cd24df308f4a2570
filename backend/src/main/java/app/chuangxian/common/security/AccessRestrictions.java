package app.chuangxian.common.security;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits what a valid token may reach beyond its roles:
 * a restricted token (password change or TOTP enrolment pending) reaches only the caller's own account;
 * a client token reaches only what its scopes grant (see {@link ClientScopes}).
 */
public class AccessRestrictions {
    /** What a restricted token may still call. */
    static final Set<String> SELF_SERVICE = Set.of(
            "/api/v1/me", "/api/v1/me/password", "/api/v1/me/totp", "/api/v1/me/totp/confirm", "/api/v1/auth/logout");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String path = request.getUriInfo().getPath();
        if (auth == null || !path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> decide(identity, request.getMethod(), path));
    }

    static Response decide(SecurityIdentity identity, String method, String path) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object restriction = jwt.getClaim(CurrentUser.RESTRICTION_CLAIM);
        if (restriction != null && !SELF_SERVICE.contains(path)) {
            String code = restriction.toString().replace("\"", "");
            return deny(
                    code,
                    Restriction.TOTP_ENROLMENT_REQUIRED.equals(code)
                            ? "Enrol a second factor (POST /api/v1/me/totp) before anything else"
                            : "Change your password (PUT /api/v1/me/password) before anything else");
        }
        Object scope = jwt.getClaim(CurrentUser.SCOPE_CLAIM);
        if (jwt.getClaim(CurrentUser.CLIENT_CLAIM) != null
                && !ClientScopes.permits(scope == null ? "" : scope.toString().replace("\"", ""), method, path)) {
            return deny("SCOPE_MISSING", "The client's scopes do not cover " + method + " " + path);
        }
        return null;
    }

    private static Response deny(String code, String detail) {
        var problem = new ApiException(403, ProblemTypes.FORBIDDEN, "Forbidden", code, detail, null).toProblem();
        return Response.status(403)
                .type(ProblemTypes.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
