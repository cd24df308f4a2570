package app.chuangxian.account;

import app.chuangxian.common.security.CurrentUser;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rejects (401) a verified token that has no (or an empty) {@code groups} claim, and one whose holder may no longer
 * use it: a disabled account or client, an account whose auth version moved on (password changed or reset, roles or
 * branch changed, disabled) or a sign-in that was ended (logout, also everywhere; reuse of a refresh token).
 * Tokens naming neither an account nor a client (only minted with the signing key, e.g. by tests) carry their roles.
 */
@ApplicationScoped
public class CallerStatusCheck implements SecurityIdentityAugmentor {
    @Inject
    ActiveCallers active;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        if (jwt.getGroups() == null || jwt.getGroups().isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token has no groups claim"));
        }
        ActiveCallers.Holder holder = holder(jwt);
        if (holder == null) {
            return Uni.createFrom().item(identity);
        }
        Boolean known = active.cached(holder);
        if (known != null) {
            return known ? Uni.createFrom().item(identity) : rejected();
        }
        return context.runBlocking(() -> {
            if (!active.lookUp(holder)) {
                throw new AuthenticationFailedException("The sign-in has ended or the account or client is disabled");
            }
            return identity;
        });
    }

    private static Uni<SecurityIdentity> rejected() {
        return Uni.createFrom()
                .failure(new AuthenticationFailedException(
                        "The sign-in has ended or the account or client is disabled"));
    }

    private static ActiveCallers.Holder holder(JsonWebToken jwt) {
        Object client = jwt.getClaim(CurrentUser.CLIENT_CLAIM);
        if (client != null) {
            return new ActiveCallers.Holder(null, text(client), 0, null);
        }
        Long account = number(jwt.getClaim(CurrentUser.ACCOUNT_CLAIM));
        if (account == null) {
            return null;
        }
        Long version = number(jwt.getClaim(CurrentUser.AUTH_VERSION_CLAIM));
        Object session = jwt.getClaim(CurrentUser.SESSION_CLAIM);
        // a token without a version claim counts as version 0: any revocation since refuses it
        return new ActiveCallers.Holder(
                account, null, version == null ? 0 : version, session == null ? null : text(session));
    }

    private static String text(Object claim) {
        return claim.toString().replace("\"", "");
    }

    private static Long number(Object claim) {
        if (claim == null) {
            return null;
        }
        try {
            return Long.parseLong(text(claim));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
