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
 * Rejects (401) a verified token that has no (or an empty) {@code groups} claim, and one whose account or client has been
 * disabled since it was issued. Tokens naming neither an account nor a client carry only their signed roles.
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
        String key = key(jwt);
        if (key == null) {
            return Uni.createFrom().item(identity);
        }
        Boolean known = active.cached(key);
        if (known != null) {
            return known ? Uni.createFrom().item(identity) : rejected();
        }
        return context.runBlocking(() -> {
            if (!active.lookUp(key)) {
                throw new AuthenticationFailedException("The account or client is disabled");
            }
            return identity;
        });
    }

    private static Uni<SecurityIdentity> rejected() {
        return Uni.createFrom().failure(new AuthenticationFailedException("The account or client is disabled"));
    }

    private static String key(JsonWebToken jwt) {
        Object client = jwt.getClaim(CurrentUser.CLIENT_CLAIM);
        if (client != null) {
            return ActiveCallers.clientKey(client.toString().replace("\"", ""));
        }
        Object account = jwt.getClaim(CurrentUser.ACCOUNT_CLAIM);
        if (account == null) {
            return null;
        }
        try {
            return ActiveCallers.accountKey(Long.parseLong(account.toString()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
