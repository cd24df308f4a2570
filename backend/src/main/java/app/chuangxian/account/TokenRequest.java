package app.chuangxian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", description = "Sign in with a username and password")
public record TokenRequest(
        @NotBlank @Size(max = 50) @Schema(example = "admin") String username,
        @NotBlank @Size(max = 128) @Schema(example = "Demo@2009") String password) {}
