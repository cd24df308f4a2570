package app.chuangxian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", description = "Sign in with a username and password (and a TOTP code once enrolled)")
public record TokenRequest(
        @NotBlank @Size(max = 50) @Schema(example = "admin") String username,

        @NotBlank @Size(max = 128) @Schema(example = "Demo@2009")
        String password,

        @Size(max = 10)
        @Schema(
                description = "The current 6-digit code of an enrolled authenticator",
                nullable = true,
                example = "123456")
        String otp,

        @Schema(
                description = "Browsers send true: the refresh token then comes as an HttpOnly cookie scoped to "
                        + "/api/v1/auth/refresh and never in the body",
                nullable = true)
        Boolean refreshCookie) {

    public TokenRequest(String username, String password, String otp) {
        this(username, password, otp, null);
    }

    boolean wantsCookie() {
        return Boolean.TRUE.equals(refreshCookie);
    }
}
