package app.chuangxian.account;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the API client operations. */
public final class ApiClientViews {
    private ApiClientViews() {}

    @Schema(name = "ThirdPartyClient", description = "A registered third-party system; its secret is never shown again")
    public record View(
            long id,
            @Schema(example = "provincial-portal-1a2b") String clientId,
            String name,
            @Schema(example = "[\"read\"]") Set<String> scopes,
            @Schema(nullable = true) Long branchId,

            @Schema(description = "The organisation whose subtree its tokens reach", example = "1")
            long organisationId,

            boolean enabled,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static View of(ApiClient c) {
            return new View(
                    c.id,
                    c.clientId,
                    c.name,
                    c.scopeSet(),
                    c.branchId,
                    c.organisationId,
                    c.enabled,
                    c.version,
                    c.createdAt,
                    c.updatedAt);
        }
    }

    @Schema(name = "ApiClientCredentials", description = "The new client and its secret, shown only this once")
    public record Credentials(String clientId, String clientSecret, View client) {}
}
