package app.chuangxian.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Refresh tokens: issue, rotate with reuse detection, revoke. A family of tokens is one sign-in (its id is the access
 * token's {@code sid}). Callers hold the transaction.
 */
@ApplicationScoped
public class SessionTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuthSettings settings;

    /** A refresh token (shown once) and the sign-in it belongs to. */
    public record Issued(String sessionId, String refreshToken) {}

    /** How a presented refresh token fared. */
    public enum Outcome {
        ROTATED,
        UNKNOWN,
        EXPIRED,
        REUSED,
        RACE_LOST
    }

    public record Rotation(Outcome outcome, long accountId, Issued next) {}

    /** A new refresh token for a new sign-in (a new family). */
    public Issued start(long accountId) {
        String family = UUID.randomUUID().toString();
        return new Issued(family, issue(accountId, family));
    }

    /**
     * Exchanges a refresh token for a new one of the same family. The token is marked used by one conditional update,
     * so of parallel refreshes exactly one wins. A loser whose token was used moments ago (a double click, a retry, a
     * second tab) is refused without harm; a token used again later means it was copied: the whole family is revoked.
     */
    public Rotation rotate(String presented) {
        Instant now = Instant.now();
        RefreshToken token = RefreshToken.findByHash(hash(presented)).orElse(null);
        if (token == null) {
            return new Rotation(Outcome.UNKNOWN, 0, null);
        }
        if (token.revokedAt != null || (token.rotatedAt != null && !withinRace(token.rotatedAt, now))) {
            RefreshToken.revokeFamily(token.familyId, now);
            return new Rotation(Outcome.REUSED, token.accountId, null);
        }
        if (token.rotatedAt != null) {
            return new Rotation(Outcome.RACE_LOST, token.accountId, null);
        }
        if (!token.expiresAt.isAfter(now)) {
            RefreshToken.revokeFamily(token.familyId, now);
            return new Rotation(Outcome.EXPIRED, token.accountId, null);
        }
        if (RefreshToken.markRotated(token.id, now) == 0) {
            // another request rotated (or revoked) it since we read it: it lost the race, nothing is revoked
            return new Rotation(Outcome.RACE_LOST, token.accountId, null);
        }
        return new Rotation(
                Outcome.ROTATED, token.accountId, new Issued(token.familyId, issue(token.accountId, token.familyId)));
    }

    /** Revokes the family of a token if it belongs to the account; false when it does not. */
    public boolean revoke(String presented, long accountId) {
        RefreshToken token = RefreshToken.findByHash(hash(presented)).orElse(null);
        if (token == null || token.accountId != accountId) {
            return false;
        }
        RefreshToken.revokeFamily(token.familyId, Instant.now());
        return true;
    }

    /** Ends one sign-in of the account (its access tokens are refused from the next request). */
    public void revokeSession(String sessionId, long accountId) {
        RefreshToken.revokeSession(sessionId, accountId, Instant.now());
    }

    public void revokeAll(long accountId) {
        RefreshToken.revokeAccount(accountId, Instant.now());
    }

    public long idleSeconds() {
        return Duration.ofMinutes(settings.refreshIdleMinutes()).toSeconds();
    }

    private boolean withinRace(Instant rotatedAt, Instant now) {
        return rotatedAt.plusSeconds(settings.refreshRaceSeconds()).isAfter(now);
    }

    private String issue(long accountId, String family) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken token = new RefreshToken();
        token.accountId = accountId;
        token.familyId = family;
        token.tokenHash = hash(value);
        token.createdAt = Instant.now();
        token.expiresAt = token.createdAt.plusSeconds(idleSeconds());
        RefreshToken.persist(token);
        return value;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
