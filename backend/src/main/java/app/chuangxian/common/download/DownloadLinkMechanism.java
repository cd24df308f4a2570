package app.chuangxian.common.download;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads a download link's token from the {@code download} query parameter of a GET without an Authorization header.
 * Every other request is left to the bearer-token mechanism.
 */
@ApplicationScoped
public class DownloadLinkMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = context.request().getParam(DownloadLinks.QUERY_PARAMETER);
        if (token == null
                || context.request().method() != HttpMethod.GET
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Uni.createFrom().nullItem();
        }
        var request = new DownloadLinkRequestCredential(token, context.request().path());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(DownloadLinkRequestCredential.class);
    }

    @Override
    public int getPriority() {
        // Before the bearer-token mechanism, which would otherwise answer the request first.
        return HttpAuthenticationMechanism.DEFAULT_PRIORITY + 100;
    }
}
