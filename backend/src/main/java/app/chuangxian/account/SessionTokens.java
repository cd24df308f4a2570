package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
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

/** Refresh tokens: issue, rotate with reuse detection, revoke. Callers hold the transaction. */
@ApplicationScoped
public class SessionTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RefreshTokenRepository tokens;

    @Inject
    AuthSettings settings;

    /** A new refresh token for a new sign-in (a new family); returns the token itself, shown once. */
    public String start(long accountId) {
        return issue(accountId, UUID.randomUUID().toString());
    }

    /**
     * Exchanges a refresh token for a new one of the same family. A token used twice means it was copied:
     * the whole family is revoked and both holders must sign in again.
     */
    public Rotation rotate(String presented) {
        Instant now = Instant.now();
        RefreshToken token = tokens.findByHash(hash(presented)).orElseThrow(SessionTokens::invalid);
        if (token.rotatedAt != null || token.revokedAt != null) {
            tokens.revokeFamily(token.familyId, now);
            throw ApiException.unauthorized("REFRESH_TOKEN_REUSED",
                    "This refresh token was already used or revoked; sign in again");
        }
        if (!token.expiresAt.isAfter(now)) {
            token.revokedAt = now;
            throw ApiException.unauthorized("SESSION_EXPIRED", "The session was idle for too long; sign in again");
        }
        token.rotatedAt = now;
        return new Rotation(token.accountId, issue(token.accountId, token.familyId));
    }

    /** Revokes the family of a token if it belongs to the account; false when it does not. */
    public boolean revoke(String presented, long accountId) {
        RefreshToken token = tokens.findByHash(hash(presented)).orElse(null);
        if (token == null || token.accountId != accountId) {
            return false;
        }
        tokens.revokeFamily(token.familyId, Instant.now());
        return true;
    }

    public void revokeAll(long accountId) {
        tokens.revokeAccount(accountId, Instant.now());
    }

    public long idleSeconds() {
        return Duration.ofMinutes(settings.refreshIdleMinutes()).toSeconds();
    }

    public record Rotation(long accountId, String refreshToken) {}

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
        tokens.persist(token);
        return value;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException invalid() {
        return ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid; sign in again");
    }
}
