package app.chuangxian.account;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse", description = "A short-lived RS256 access token and who it speaks for")
public record TokenResponse(
        @Schema(description = "Bearer token for the Authorization header") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires", example = "900") long expiresIn,
        @Schema(example = "admin") String username,
        @Schema(example = "会市委组织部") String displayName,
        Set<String> roles,
        @Schema(description = "The branch of a BRANCH account", nullable = true) Long branchId,
        @Schema(description = "True when the password must be changed before anything else") boolean mustChangePassword) {}
