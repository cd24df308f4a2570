package app.chuangxian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
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
            boolean enabled,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static View of(ApiClient c) {
            return new View(
                    c.id, c.clientId, c.name, c.scopeSet(), c.branchId, c.enabled, c.version, c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "ApiClientRequest", description = "A client to register")
    public record Create(
            @NotBlank @Size(max = 100) @Schema(example = "省委组织系统")
            String name,

            @NotEmpty @Size(max = 3) @Schema(description = "read, deliverables:write, audit:read")
            Set<@NotBlank String> scopes,

            @Schema(description = "Required with deliverables:write: the branch the client writes for", nullable = true)
            Long branchId) {}

    @Schema(name = "ApiClientCredentials", description = "The new client and its secret, shown only this once")
    public record Credentials(String clientId, String clientSecret, View client) {}
}
