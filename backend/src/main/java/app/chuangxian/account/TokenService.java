package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.RequestOrigin;
import app.chuangxian.common.security.Restriction;
import app.chuangxian.common.security.Roles;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks credentials (password, lockout, address throttle, TOTP) and issues access and refresh tokens. */
@ApplicationScoped
public class TokenService {
    /** A hash to compare against when the username is unknown, so both paths cost the same. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-Aa1!");
    private static final String WRONG = "The username, password or one-time code is wrong, or the account is locked";

    @Inject
    AccountRepository accounts;

    @Inject
    SessionTokens sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuthSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    @ConfigProperty(name = "app.jwt.access-token-minutes")
    int accessMinutes;

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse login(TokenRequest request) {
        Instant now = Instant.now();
        String address = origin.address();
        String username = request.username().trim();
        if (throttle.retryAfterSeconds(address, now) > 0) {
            audit.login(username, null, false, "too many failed sign-ins from this address");
            throw new ApiException(429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", "TOO_MANY_ATTEMPTS",
                    "Too many failed sign-ins from your address; try again in a few minutes", null);
        }
        Account account = accounts.findByUsername(username).orElse(null);
        boolean matches = PasswordHashing.matches(request.password(), account == null ? DUMMY_HASH : account.passwordHash);
        boolean locked = account != null && account.lockedUntil != null && account.lockedUntil.isAfter(now);
        if (account == null || !matches || !account.enabled || locked) {
            fail(account, username, address, now, locked ? "account locked" : !matches ? "wrong password" : "disabled",
                    matches || locked);
            throw ApiException.unauthorized("BAD_CREDENTIALS", WRONG);
        }
        if (account.totpEnabled) {
            if (request.otp() == null || request.otp().isBlank()) {
                audit.login(username, account.id, false, "one-time code missing");
                throw ApiException.unauthorized("OTP_REQUIRED", "Enter the 6-digit code of your authenticator app");
            }
            if (!Totp.verify(account.totpSecret, request.otp().trim(), now.getEpochSecond())) {
                fail(account, username, address, now, "wrong one-time code", false);
                throw ApiException.unauthorized("BAD_CREDENTIALS", WRONG);
            }
        }
        account.failedLogins = 0;
        account.lockedUntil = null;
        account.lastLoginAt = now;
        audit.login(username, account.id, true, null);
        return issue(account, sessions.start(account.id));
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(RefreshRequest request) {
        SessionTokens.Rotation rotation = sessions.rotate(request.refreshToken().trim());
        Account account = accounts.findById(rotation.accountId());
        if (account == null || !account.enabled) {
            sessions.revokeAll(rotation.accountId());
            throw ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid; sign in again");
        }
        return issue(account, rotation.refreshToken());
    }

    @Transactional
    public void logout(String refreshToken, long accountId) {
        if (refreshToken == null || refreshToken.isBlank()) {
            sessions.revokeAll(accountId);
        } else if (!sessions.revoke(refreshToken.trim(), accountId)) {
            throw ApiException.invalidField("refreshToken", "is not a refresh token of yours");
        }
    }

    private void fail(Account account, String username, String address, Instant now, String why, boolean countless) {
        throttle.failed(address, now);
        if (account != null && !countless) {
            account.failedLogins++;
            if (account.failedLogins >= settings.maxFailedLogins()) {
                account.lockedUntil = now.plus(Duration.ofMinutes(settings.lockoutMinutes()));
                account.failedLogins = 0;
                why += "; account locked for " + settings.lockoutMinutes() + " minutes";
            }
        }
        audit.login(username, account == null ? null : account.id, false, why);
    }

    /** The restriction a new token carries, or null for a full token. */
    String restrictionOf(Account account) {
        if (account.mustChangePassword) {
            return Restriction.PASSWORD_CHANGE_REQUIRED;
        }
        boolean secondFactorRole = account.roleSet().contains(Roles.ADMIN) || account.roleSet().contains(Roles.AUDITOR);
        if (settings.totpMandatory() && secondFactorRole && !account.totpEnabled) {
            return Restriction.TOTP_ENROLMENT_REQUIRED;
        }
        return null;
    }

    public TokenResponse issue(Account account, String refreshToken) {
        Duration lifespan = Duration.ofMinutes(accessMinutes);
        String restriction = restrictionOf(account);
        var builder = Jwt.upn(account.username)
                .subject(String.valueOf(account.id))
                .groups(account.roleSet())
                .claim(CurrentUser.ACCOUNT_CLAIM, account.id)
                .expiresIn(lifespan);
        if (account.branchId != null) {
            builder.claim(CurrentUser.BRANCH_CLAIM, account.branchId);
        }
        if (restriction != null) {
            builder.claim(CurrentUser.RESTRICTION_CLAIM, restriction);
        }
        String token = builder.sign();
        return new TokenResponse(token, "Bearer", lifespan.toSeconds(), refreshToken, sessions.idleSeconds(),
                account.username, account.displayName, account.roleSet(), account.branchId, account.mustChangePassword,
                restriction);
    }
}
