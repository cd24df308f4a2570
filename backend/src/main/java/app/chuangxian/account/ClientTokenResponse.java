package app.chuangxian.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientTokenResponse", description = "An OAuth 2 client-credentials token response (RFC 6749 §4.4.3)")
public record ClientTokenResponse(
        @JsonProperty("access_token") String accessToken,

        @JsonProperty("token_type") @Schema(example = "Bearer")
        String tokenType,

        @JsonProperty("expires_in") @Schema(example = "900") long expiresIn,

        @Schema(description = "The granted scopes, space-separated", example = "read")
        String scope) {}
