package app.chuangxian.account;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import app.chuangxian.notification.Channel;
import app.chuangxian.notification.ChannelChoices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    ChannelChoices channels;

    public AccountView me() {
        return service.view(self());
    }

    /** Where the account's messages reach it: its channels, language and addresses. */
    @Transactional
    public NotificationSettingsView notificationSettings() {
        return settingsView(self());
    }

    /**
     * Replaces the account's channels, language and addresses. A channel this deployment has not set up cannot be
     * chosen, and a chosen channel needs the address it sends to. The account's version moves with every change (the
     * row is locked first), so a parallel change with the same version is 409, not lost.
     */
    @Transactional
    public NotificationSettingsView updateNotificationSettings(NotificationSettingsRequest request) {
        Account a = Account.findById(self().id, LockModeType.PESSIMISTIC_WRITE);
        Versions.check(a.version, request.version(), "Account " + a.id);
        Set<Channel> available = channels.available();
        List<Problem.FieldError> errors = new ArrayList<>();
        String email = blankToNull(request.email());
        String phone = blankToNull(request.phone());
        for (int i = 0; i < request.channels().size(); i++) {
            Channel c = request.channels().get(i);
            if (!available.contains(c)) {
                errors.add(Problem.FieldError.of(
                        "channels[" + i + "]",
                        c + " is not set up on this server",
                        Reasons.CHANNEL_OFF,
                        Map.of("channel", c.name())));
            } else if (c.address() == Channel.Address.EMAIL && email == null) {
                errors.add(Problem.FieldError.of(
                        "email", "is needed for " + c, Reasons.NEEDED_BY_CHANNEL, Map.of("channel", c.name())));
            } else if (c.address() == Channel.Address.PHONE && phone == null) {
                errors.add(Problem.FieldError.of(
                        "phone", "is needed for " + c, Reasons.NEEDED_BY_CHANNEL, Map.of("channel", c.name())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors.stream()
                    .collect(Collectors.toMap(Problem.FieldError::field, e -> e, (x, y) -> x, LinkedHashMap::new))
                    .values()
                    .stream()
                    .toList());
        }
        a.email = email;
        a.phone = phone;
        a.messageLocale = request.locale();
        channels.replace(a.id, request.channels());
        Account.getEntityManager().lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Account.flush();
        audit.record("NOTIFICATION_SETTINGS_CHANGED", "Account", a.id, "channels " + request.channels());
        return settingsView(a);
    }

    private NotificationSettingsView settingsView(Account a) {
        Set<Channel> available = channels.available();
        Set<Channel> chosen = channels.of(a.id);
        return new NotificationSettingsView(
                a.email,
                a.phone,
                a.messageLocale,
                Arrays.stream(Channel.values()).filter(chosen::contains).toList(),
                Arrays.stream(Channel.values())
                        .map(c -> new NotificationSettingsView.Option(
                                c, chosen.contains(c), available.contains(c), c.address()))
                        .toList(),
                a.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
