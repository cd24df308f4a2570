package app.chuangxian.common.download;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Verifies a link token: the API's signature and issuer, the link audience, not expired, and issued for this path. */
@ApplicationScoped
public class DownloadLinkIdentityProvider implements IdentityProvider<DownloadLinkRequestCredential> {
    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo apiTokens;

    private volatile JWTAuthContextInfo linkTokens;

    @Override
    public Class<DownloadLinkRequestCredential> getRequestType() {
        return DownloadLinkRequestCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            DownloadLinkRequestCredential request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            JsonWebToken token;
            try {
                token = parser.parse(request.token(), linkTokens());
            } catch (ParseException e) {
                throw new AuthenticationFailedException("The download link is not valid or has expired", e);
            }
            Object path = token.getClaim(DownloadLinks.PATH_CLAIM);
            if (path == null || !request.path().equals(path.toString().replace("\"", ""))) {
                throw new AuthenticationFailedException("The download link was issued for another file");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(token)
                    .addRoles(token.getGroups())
                    .build();
        });
    }

    private JWTAuthContextInfo linkTokens() {
        if (linkTokens == null) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(apiTokens);
            info.setExpectedAudience(Set.of(DownloadLinks.AUDIENCE));
            linkTokens = info;
        }
        return linkTokens;
    }
}
