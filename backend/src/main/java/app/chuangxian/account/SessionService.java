package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps a sign-in going (refresh) and ends it (logout); each in one short transaction with its audit event. */
@ApplicationScoped
public class SessionService {
    @Inject
    SessionTokens sessions;

    @Inject
    TokenService tokens;

    @Inject
    ActiveCallers active;

    @Inject
    AuditLog audit;

    private record Refreshed(SessionTokens.Outcome outcome, Account account, SessionTokens.Issued session) {}

    public TokenResponse refresh(String presented) {
        Refreshed r = QuarkusTransaction.requiringNew().call(() -> {
            SessionTokens.Rotation rotation = sessions.rotate(presented);
            Account account =
                    rotation.outcome() == SessionTokens.Outcome.UNKNOWN ? null : Account.findById(rotation.accountId());
            if (rotation.outcome() == SessionTokens.Outcome.REUSED) {
                audit.record(
                        "SESSION_REVOKED",
                        "Account",
                        rotation.accountId(),
                        "a used refresh token was presented again; the sign-in was ended");
            }
            if (rotation.outcome() == SessionTokens.Outcome.ROTATED && (account == null || !account.enabled)) {
                sessions.revokeAll(rotation.accountId());
                return new Refreshed(SessionTokens.Outcome.UNKNOWN, null, null);
            }
            return new Refreshed(rotation.outcome(), account, rotation.next());
        });
        return switch (r.outcome()) {
            case ROTATED -> tokens.issue(r.account(), r.session());
            case UNKNOWN ->
                throw ApiException.unauthorized(
                        "INVALID_REFRESH_TOKEN", "The refresh token is not valid; sign in again");
            case EXPIRED ->
                throw ApiException.unauthorized("SESSION_EXPIRED", "The session was idle for too long; sign in again");
            case REUSED ->
                throw ApiException.unauthorized(
                        "REFRESH_TOKEN_REUSED", "This refresh token was already used or revoked; sign in again");
            case RACE_LOST ->
                throw ApiException.conflict(
                        "REFRESH_IN_PROGRESS",
                        "This refresh token was used by a parallel request a moment ago; use the tokens it returned");
        };
    }

    /**
     * Ends the sign-in of the refresh token sent; without one, the caller's own sign-in (the token's {@code sid}), or
     * every sign-in of the account when {@code everywhere} (or when the token names none). Every access token issued
     * at sign-in names its sign-in, so each of them is refused from the next request.
     */
    public void logout(String refreshToken, long accountId, String sessionId, boolean everywhere) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean sent = refreshToken != null && !refreshToken.isBlank();
            if (sent && !sessions.revoke(refreshToken.trim(), accountId)) {
                throw ApiException.invalidField("refreshToken", "is not a refresh token of yours");
            }
            if (everywhere || (!sent && sessionId == null)) {
                sessions.revokeAll(accountId);
            } else if (!sent) {
                sessions.revokeSession(sessionId, accountId);
            }
            audit.record("LOGOUT", "Account", accountId, everywhere ? "signed out everywhere" : "signed out");
        });
        active.forgetAccount(accountId);
    }
}
