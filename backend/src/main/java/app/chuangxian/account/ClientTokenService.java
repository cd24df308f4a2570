package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.ClientScopes;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.JwtSettings;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The client-credentials grant: a registered, enabled client with its secret gets a token of its scopes. */
@ApplicationScoped
public class ClientTokenService {
    private static final String DUMMY_HASH = PasswordHashing.hash("not-a-real-secret-Aa1!");

    @Inject
    AuditLog audit;

    @Inject
    JwtSettings jwt;

    public ClientTokenResponse grant(String grantType, String clientId, String secret, String scope) {
        if (grantType == null || grantType.isBlank()) {
            throw ApiException.invalidField("grant_type", "is required and must be client_credentials");
        }
        if (!"client_credentials".equals(grantType)) {
            throw ApiException.badRequest("UNSUPPORTED_GRANT_TYPE", "Only grant_type=client_credentials is supported");
        }
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw ApiException.invalidField(
                    clientId == null || clientId.isBlank() ? "client_id" : "client_secret", "is required");
        }
        ApiClient client = ApiClient.findByClientId(clientId.trim()).orElse(null);
        boolean matches = PasswordHashing.matches(secret, client == null ? DUMMY_HASH : client.secretHash);
        if (client == null || !matches || !client.enabled) {
            audit.clientLogin(clientId.trim(), false, client == null ? "unknown client" : "wrong secret or disabled");
            throw ApiException.unauthorized(
                    "INVALID_CLIENT", "The client id or secret is wrong, or the client is disabled");
        }
        Set<String> granted = granted(client.scopeSet(), scope);
        Duration lifespan = Duration.ofMinutes(jwt.accessTokenMinutes());
        var builder = Jwt.upn("client:" + client.clientId)
                .subject("client:" + client.clientId)
                .groups(ClientScopes.roles(granted))
                .claim(CurrentUser.CLIENT_CLAIM, client.clientId)
                .claim(CurrentUser.SCOPE_CLAIM, String.join(" ", granted))
                .claim(CurrentUser.ORGANISATION_CLAIM, client.organisationId)
                .expiresIn(lifespan);
        if (client.branchId != null && granted.contains(ClientScopes.DELIVERABLES_WRITE)) {
            builder.claim(CurrentUser.BRANCH_CLAIM, client.branchId);
        }
        audit.clientLogin(client.clientId, true, "scopes: " + String.join(" ", granted));
        return new ClientTokenResponse(builder.sign(), "Bearer", lifespan.toSeconds(), String.join(" ", granted));
    }

    /** The requested scopes (all of the client's when none are named); asking for more is an error. */
    private static Set<String> granted(Set<String> registered, String requested) {
        if (requested == null || requested.isBlank()) {
            return registered;
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!registered.containsAll(asked)) {
            throw ApiException.invalidField(
                    "scope", "asks for scopes the client does not hold; it holds: " + String.join(" ", registered));
        }
        return asked;
    }
}
