package app.chuangxian.account;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TokenResponse",
        description = "A short-lived RS256 access token, a refresh token and who they speak for")
public record TokenResponse(
        @Schema(description = "Bearer token for the Authorization header")
        String accessToken,

        @Schema(example = "Bearer") String tokenType,

        @Schema(description = "Seconds until the access token expires", example = "900")
        long expiresIn,

        @Schema(
                description = "Exchange it at /api/v1/auth/refresh for new tokens; single use. Empty when it was set "
                        + "as the HttpOnly refresh cookie instead",
                nullable = true)
        String refreshToken,

        @Schema(description = "Seconds of idleness after which the refresh token expires", example = "1800")
        long refreshExpiresIn,

        @Schema(example = "admin") String username,
        @Schema(example = "会市委组织部") String displayName,
        Set<String> roles,

        @Schema(description = "The branch of a BRANCH account", nullable = true)
        Long branchId,

        @Schema(description = "True when the password must be changed before anything else")
        boolean mustChangePassword,

        @Schema(
                description = "Set while the token reaches only the caller's own account: PASSWORD_CHANGE_REQUIRED or "
                        + "TOTP_ENROLMENT_REQUIRED",
                nullable = true)
        String restriction) {
    /** The same answer without the refresh token (it travels in a cookie). */
    public TokenResponse withoutRefreshToken() {
        return new TokenResponse(
                accessToken,
                tokenType,
                expiresIn,
                null,
                refreshExpiresIn,
                username,
                displayName,
                roles,
                branchId,
                mustChangePassword,
                restriction);
    }
}
