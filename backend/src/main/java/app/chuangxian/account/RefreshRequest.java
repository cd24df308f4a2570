package app.chuangxian.account;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RefreshRequest",
        description = "The refresh token to exchange; browsers leave it out and send the cookie")
public record RefreshRequest(
        @Size(max = 100) @Schema(nullable = true) String refreshToken) {}
