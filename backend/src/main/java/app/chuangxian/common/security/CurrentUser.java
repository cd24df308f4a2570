package app.chuangxian.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified access token. */
@RequestScoped
public class CurrentUser {
    public static final String BRANCH_CLAIM = "branch_id";
    public static final String ACCOUNT_CLAIM = "account_id";
    /** Set on tokens issued to a third-party API client (client-credentials grant). */
    public static final String CLIENT_CLAIM = "client_id";
    /** The scopes of a client token, space-separated as in OAuth 2. */
    public static final String SCOPE_CLAIM = "scope";
    /** The organisation the holder belongs to; staff act on its subtree. */
    public static final String ORGANISATION_CLAIM = "org_id";
    /** Set while the token may only reach a few operations (see {@link Restriction}). */
    public static final String RESTRICTION_CLAIM = "restriction";
    /** The sign-in (refresh-token family) an access token belongs to; ending it refuses the token. */
    public static final String SESSION_CLAIM = "sid";
    /** The account's auth_version when the token was issued; a token with an older one is refused. */
    public static final String AUTH_VERSION_CLAIM = "sv";

    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return jwt != null && jwt.getRawToken() != null;
    }

    public String username() {
        return isAuthenticated() ? jwt.getName() : "anonymous";
    }

    public Optional<Long> accountId() {
        return longClaim(ACCOUNT_CLAIM);
    }

    /** The sign-in this token belongs to; empty for client tokens and tokens minted without one. */
    public Optional<String> sessionId() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(SESSION_CLAIM);
        return value == null ? Optional.empty() : Optional.of(unquote(value.toString()));
    }

    /** The client id of a third-party API client token; empty for people. */
    public Optional<String> clientId() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(CLIENT_CLAIM);
        return value == null ? Optional.empty() : Optional.of(unquote(value.toString()));
    }

    public boolean isClient() {
        return clientId().isPresent();
    }

    /** The restriction carried by the token, e.g. PASSWORD_CHANGE_REQUIRED; empty for a full token. */
    public Optional<String> restriction() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(RESTRICTION_CLAIM);
        return value == null ? Optional.empty() : Optional.of(unquote(value.toString()));
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && jwt.getGroups().contains(role);
    }

    /** Committee staff see everything; everyone else is limited by their role. */
    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The branch a BRANCH account is bound to; empty for every other kind of account. */
    public Optional<Long> branchId() {
        return longClaim(BRANCH_CLAIM);
    }

    /** The organisation the token names; empty for tokens issued without one. */
    public Optional<Long> organisationId() {
        return longClaim(ORGANISATION_CLAIM);
    }

    /** True when the caller may only see one branch's data. */
    public boolean isBranchScoped() {
        return hasRole(Roles.BRANCH) && !hasRole(Roles.ADMIN) && !hasRole(Roles.VIEWER);
    }

    /** True when the caller may see the data of the given branch. */
    public boolean canSeeBranch(long branchId) {
        return !isBranchScoped() || branchId().map(b -> b == branchId).orElse(false);
    }

    private Optional<Long> longClaim(String name) {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return Optional.of(n.longValue());
        }
        if (value != null) {
            try {
                return Optional.of(Long.parseLong(value.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
