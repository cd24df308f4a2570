package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** What every account does for itself: read its profile, change its password, enrol a second factor. */
@ApplicationScoped
public class SelfService {
    static final String TOTP_ISSUER = "Chuangxian";

    @Inject
    AccountService service;

    @Inject
    SessionTokens sessions;

    @Inject
    CurrentUser user;

    @Inject
    ActiveCallers active;

    @Inject
    app.chuangxian.audit.AuditLog audit;

    public AccountView me() {
        return service.view(self());
    }

    /**
     * Changes the password, ends every sign-in, refuses every access token issued so far and lifts the must-change
     * flag. bcrypt runs between two short transactions, never inside one; the write applies only if the password is
     * still the one checked (a parallel change wins once).
     */
    public void changePassword(AccountRequests.PasswordChange request) {
        Account a = QuarkusTransaction.requiringNew().call(this::self);
        if (!PasswordHashing.matches(request.currentPassword(), a.passwordHash)) {
            throw ApiException.invalidField(
                    "currentPassword", "is not your current password", Reasons.WRONG_PASSWORD, null);
        }
        PasswordPolicy.check("newPassword", request.newPassword(), a.username, a.displayName, a.email);
        if (request.newPassword().equals(request.currentPassword())) {
            throw ApiException.invalidField(
                    "newPassword", "must differ from the current password", Reasons.SAME_PASSWORD, null);
        }
        String hash = PasswordHashing.hash(request.newPassword());
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            if (Account.update(
                            "passwordHash = ?1, mustChangePassword = false, authVersion = authVersion + 1"
                                    + " where id = ?2 and passwordHash = ?3",
                            hash,
                            a.id,
                            a.passwordHash)
                    == 0) {
                return false;
            }
            sessions.revokeAll(a.id);
            audit.record("PASSWORD_CHANGED", "Account", a.id, "signed out everywhere");
            return true;
        });
        active.forgetAccount(a.id);
        if (!changed) {
            throw ApiException.conflict(
                    "PASSWORD_CHANGED_MEANWHILE", "The password was changed by another request; sign in again");
        }
    }

    /** Starts (or restarts) TOTP enrolment; the second factor is active once a code confirms it. */
    @Transactional
    public TotpEnrolmentView enrolTotp() {
        secondFactorRole();
        Account a = self();
        if (a.totpEnabled) {
            throw ApiException.conflict("TOTP_ALREADY_ENABLED", "A second factor is already active for this account");
        }
        a.totpSecret = Totp.newSecret();
        return new TotpEnrolmentView(a.totpSecret, Totp.otpauthUri(TOTP_ISSUER, a.username, a.totpSecret));
    }

    @Transactional
    public AccountView confirmTotp(AccountRequests.TotpConfirmation request) {
        secondFactorRole();
        Account a = self();
        if (request == null || request.code() == null || !request.code().trim().matches("\\d{6}")) {
            throw ApiException.invalidField("code", "must be the 6 digits shown by the authenticator app");
        }
        if (a.totpEnabled) {
            throw ApiException.conflict("TOTP_ALREADY_ENABLED", "A second factor is already active for this account");
        }
        if (a.totpSecret == null) {
            throw ApiException.conflict("TOTP_NOT_ENROLLED", "Start the enrolment first (POST /api/v1/me/totp)");
        }
        var step = Totp.matchingStep(
                a.totpSecret, request.code().trim(), Instant.now().getEpochSecond());
        if (step.isEmpty()) {
            throw ApiException.invalidField("code", "does not match; check the clock of the device");
        }
        a.totpEnabled = true;
        // the code that confirmed the secret cannot also sign in
        a.totpLastStep = step.getAsLong();
        audit.record("TOTP_ENABLED", "Account", a.id, null);
        Account.flush();
        return service.view(a);
    }

    /** Checked in the method rather than by annotation so that a restricted token can still enrol. */
    private void secondFactorRole() {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.AUDITOR)) {
            throw ApiException.forbidden("FORBIDDEN", "Only ADMIN and AUDITOR accounts use a second factor");
        }
    }

    private Account self() {
        long id = user.accountId().orElseThrow(() -> ApiException.notFound("Account", "of this token"));
        Account a = Account.findById(id);
        if (a == null) {
            throw ApiException.notFound("Account", id);
        }
        return a;
    }
}
