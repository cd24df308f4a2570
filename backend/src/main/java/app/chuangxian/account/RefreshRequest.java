package app.chuangxian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefreshRequest", description = "A refresh token to exchange (refresh) or revoke (logout)")
public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}
