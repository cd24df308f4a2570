package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.JwtSettings;
import app.chuangxian.common.security.RequestOrigin;
import app.chuangxian.common.security.Restriction;
import app.chuangxian.common.security.Roles;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Signs in: address throttle, password, lockout, TOTP, then access and refresh tokens. No transaction is open while
 * bcrypt runs: a short one counts the attempt and reads the account, the hash is checked with no connection held, and
 * a second short one records the outcome with atomic updates (never the versioned entity, so parallel attempts all
 * count) together with its audit event.
 */
@ApplicationScoped
public class TokenService {
    /** A hash (of the same cost as real ones) to compare against when the username is unknown: both cost the same. */
    private static final String DUMMY_HASH = PasswordHashing.hash("not-a-real-password-Aa1!");

    private static final String WRONG = "The username, password or one-time code is wrong, or the account is locked";

    @Inject
    SessionTokens sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuthSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    RequestOrigin origin;

    @Inject
    JwtSettings jwt;

    /** What the password check needs, read before it. */
    private record Candidate(
            long id, String passwordHash, boolean enabled, boolean locked, boolean totpEnabled, String totpSecret) {}

    private record Claim(long retryAfter, Candidate candidate) {}

    private record SignedIn(Account account, SessionTokens.Issued session) {}

    public TokenResponse login(TokenRequest request) {
        Instant now = Instant.now();
        String address = origin.address();
        String username = request.username().trim();
        Claim claim = QuarkusTransaction.requiringNew().call(() -> {
            long wait = throttle.claim(address, now);
            if (wait > 0) {
                audit.login(username, null, false, "too many failed sign-ins from this address");
                return new Claim(wait, null);
            }
            return new Claim(
                    0,
                    Account.findByUsername(username)
                            .map(a -> new Candidate(
                                    a.id,
                                    a.passwordHash,
                                    a.enabled,
                                    a.lockedUntil != null && a.lockedUntil.isAfter(now),
                                    a.totpEnabled,
                                    a.totpSecret))
                            .orElse(null));
        });
        if (claim.retryAfter() > 0) {
            throw new ApiException(
                            429,
                            ProblemTypes.TOO_MANY_REQUESTS,
                            "Too many requests",
                            "TOO_MANY_ATTEMPTS",
                            "Too many failed sign-ins from your address; try again in " + claim.retryAfter()
                                    + " seconds",
                            null)
                    .retryAfter(claim.retryAfter());
        }
        Candidate c = claim.candidate();
        boolean matches = PasswordHashing.matches(request.password(), c == null ? DUMMY_HASH : c.passwordHash());
        if (c == null || !matches || !c.enabled() || c.locked()) {
            failed(
                    c,
                    username,
                    now,
                    c == null || !matches ? "wrong password" : !c.enabled() ? "disabled" : "account locked",
                    c != null && matches);
            throw ApiException.unauthorized("BAD_CREDENTIALS", WRONG);
        }
        OptionalLong step = OptionalLong.empty();
        if (c.totpEnabled()) {
            if (request.otp() == null || request.otp().isBlank()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    throttle.release(address);
                    audit.login(username, c.id(), false, "one-time code missing");
                });
                throw ApiException.unauthorized("OTP_REQUIRED", "Enter the 6-digit code of your authenticator app");
            }
            step = Totp.matchingStep(c.totpSecret(), request.otp().trim(), now.getEpochSecond());
            if (step.isEmpty()) {
                failed(c, username, now, "wrong one-time code", false);
                throw ApiException.unauthorized("BAD_CREDENTIALS", WRONG);
            }
        }
        OptionalLong usedStep = step;
        SignedIn signedIn = QuarkusTransaction.requiringNew().call(() -> {
            if (!Account.recordSignIn(c.id(), now)) {
                audit.login(username, c.id(), false, "account locked or disabled meanwhile");
                return null;
            }
            if (usedStep.isPresent() && !Account.useTotpStep(c.id(), usedStep.getAsLong())) {
                recordFailure(c, username, now, "one-time code already used", false);
                return null;
            }
            throttle.release(address);
            audit.login(username, c.id(), true, null);
            return new SignedIn(Account.findById(c.id()), sessions.start(c.id()));
        });
        if (signedIn == null) {
            throw ApiException.unauthorized("BAD_CREDENTIALS", WRONG);
        }
        return issue(signedIn.account(), signedIn.session());
    }

    /** Records a failed attempt in its own short transaction (the address's claim stays counted). */
    private void failed(Candidate c, String username, Instant now, String why, boolean countless) {
        QuarkusTransaction.requiringNew().run(() -> recordFailure(c, username, now, why, countless));
    }

    private void recordFailure(Candidate c, String username, Instant now, String why, boolean countless) {
        String detail = why;
        if (c != null
                && !countless
                && Account.countFailure(
                        c.id(),
                        now,
                        settings.maxFailedLogins(),
                        now.plus(Duration.ofMinutes(settings.lockoutMinutes())))) {
            detail += "; account locked for " + settings.lockoutMinutes() + " minutes";
            // the owner learns of it at the next sign-in: if the attempts were not theirs, they tell staff
            notifications.toAccount(
                    c.id(), NotificationKind.ACCOUNT_LOCKED, null, null, Map.of("minutes", settings.lockoutMinutes()));
        }
        audit.login(username, c == null ? null : c.id(), false, detail);
    }

    /** The restriction a new token carries, or null for a full token. */
    String restrictionOf(Account account) {
        if (account.mustChangePassword) {
            return Restriction.PASSWORD_CHANGE_REQUIRED;
        }
        boolean secondFactorRole =
                account.roleSet().contains(Roles.ADMIN) || account.roleSet().contains(Roles.AUDITOR);
        if (settings.totpMandatory() && secondFactorRole && !account.totpEnabled) {
            return Restriction.TOTP_ENROLMENT_REQUIRED;
        }
        return null;
    }

    /** Signs an access token for the account's sign-in and answers with both tokens. */
    public TokenResponse issue(Account account, SessionTokens.Issued session) {
        Duration lifespan = Duration.ofMinutes(jwt.accessTokenMinutes());
        String restriction = restrictionOf(account);
        var builder = Jwt.upn(account.username)
                .subject(String.valueOf(account.id))
                .groups(account.roleSet())
                .claim(CurrentUser.ACCOUNT_CLAIM, account.id)
                .claim(CurrentUser.SESSION_CLAIM, session.sessionId())
                .claim(CurrentUser.AUTH_VERSION_CLAIM, account.authVersion)
                .claim(CurrentUser.ORGANISATION_CLAIM, account.organisationId)
                .expiresIn(lifespan);
        if (account.branchId != null) {
            builder.claim(CurrentUser.BRANCH_CLAIM, account.branchId);
        }
        if (restriction != null) {
            builder.claim(CurrentUser.RESTRICTION_CLAIM, restriction);
        }
        String token = builder.sign();
        return new TokenResponse(
                token,
                "Bearer",
                lifespan.toSeconds(),
                session.refreshToken(),
                sessions.idleSeconds(),
                account.username,
                account.displayName,
                account.roleSet(),
                account.branchId,
                account.mustChangePassword,
                restriction);
    }
}
