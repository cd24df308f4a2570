package app.chuangxian.account;

import app.chuangxian.common.security.PhoneMask;
import app.chuangxian.organisation.OrganisationRef;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Account",
        description =
                "An account; the phone number and e-mail address are masked in lists, and to all but committee staff")
public record AccountView(
        long id,
        @Schema(example = "lishi") String username,
        @Schema(example = "离石区总支 王建华") String displayName,
        @Schema(example = "[\"BRANCH\"]") Set<String> roles,
        @Schema(nullable = true) Long branchId,

        @Schema(description = "The organisation it belongs to")
        OrganisationRef organisation,

        @Schema(nullable = true, example = "139****2000") String phone,

        @Schema(
                nullable = true,
                description = "Masked (z***@example.org) as the phone is",
                example = "z***@example.org")
        String email,

        boolean enabled,
        boolean mustChangePassword,
        boolean totpEnabled,

        @Schema(description = "Set while the account is locked after failed sign-ins", nullable = true)
        Instant lockedUntil,

        @Schema(nullable = true) Instant lastLoginAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AccountView of(Account a, boolean unmasked, OrganisationRef organisation) {
        return new AccountView(
                a.id,
                a.username,
                a.displayName,
                a.roleSet(),
                a.branchId,
                organisation,
                unmasked ? a.phone : PhoneMask.mask(a.phone),
                unmasked ? a.email : PhoneMask.maskEmail(a.email),
                a.enabled,
                a.mustChangePassword,
                a.totpEnabled,
                a.lockedUntil != null && a.lockedUntil.isAfter(Instant.now()) ? a.lockedUntil : null,
                a.lastLoginAt,
                a.version,
                a.createdAt,
                a.updatedAt);
    }
}
