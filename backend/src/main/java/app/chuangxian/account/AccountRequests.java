package app.chuangxian.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the account operations. */
public final class AccountRequests {
    private AccountRequests() {}

    @Schema(
            name = "AccountCreateRequest",
            description = "A new account; it must change the given password at first sign-in")
    public record Create(
            @NotBlank
            @Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "must be 3 to 50 letters, digits, '.', '_' or '-'")
            @Schema(example = "fenyang")
            String username,

            @NotBlank @Size(max = 50) @Schema(example = "汾阳市总支 张丽萍")
            String displayName,

            @NotEmpty
            @Size(max = 5)
            @Schema(description = "ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR", example = "[\"BRANCH\"]")
            Set<@NotBlank String> roles,

            @Schema(description = "Required for BRANCH accounts", nullable = true)
            Long branchId,

            @Schema(
                    description = "The organisation it belongs to, one the caller acts on; the caller's own when left"
                            + " out. A branch account belongs to its branch's organisation.",
                    nullable = true)
            Long organisationId,

            @Size(max = 20) @Pattern(regexp = "^[0-9+ -]*$", message = "must be a phone number")
            String phone,

            @Size(max = 100) @Email String email,

            @NotBlank
            @Size(max = 128)
            @Schema(
                    description = "Temporary password: at least 8 characters with 3 of lower case, "
                            + "upper case, digits, symbols",
                    example = "Temp@2026x")
            String password) {}

    @Schema(
            name = "AccountUpdateRequest",
            description = "The changeable fields of an account, with the version you read")
    public record Update(
            @NotBlank @Size(max = 50) String displayName,
            @NotEmpty @Size(max = 5) Set<@NotBlank String> roles,
            @Schema(nullable = true) Long branchId,

            @Schema(
                    description = "Moves the account to this organisation (one the caller acts on); unchanged when"
                            + " left out. A branch account belongs to its branch's organisation.",
                    nullable = true)
            Long organisationId,

            @Size(max = 20) @Pattern(regexp = "^[0-9+ -]*$", message = "must be a phone number")
            String phone,

            @Size(max = 100) @Email String email,
            @NotNull @Schema(example = "0") Long version) {}

    @Schema(name = "PasswordChangeRequest", description = "Your current password and the new one")
    public record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,

            @NotBlank
            @Size(max = 128)
            @Schema(description = "At least 8 characters with 3 of lower case, upper case, " + "digits, symbols")
            String newPassword) {}

    @Schema(name = "TotpConfirmation", description = "A current code of the authenticator app")
    public record TotpConfirmation(
            @Schema(example = "123456") String code) {}
}
