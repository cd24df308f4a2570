package app.chuangxian.deliverable;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency-Key handling: a key is bound to the account and to a fingerprint of the request. A retry of the
 * same request gets the first result; the same key on a different request is 422.
 */
@ApplicationScoped
public class IdempotencyStore {
    static final int MAX_KEY_LENGTH = 100;

    @Inject
    CurrentUser user;

    /** The earlier result of this key, if any; 422 if the key was used for a different request. */
    public Optional<IdempotencyKey> replay(String key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.badRequest("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key must be 1 to 100 characters");
        }
        IdempotencyKey found = IdempotencyKey.find("account = ?1 and key = ?2", user.username(), key)
                .firstResult();
        if (found != null && !found.requestHash.equals(sha256(fingerprint))) {
            throw new ApiException(
                    422,
                    ProblemTypes.CONFLICT,
                    "Idempotency key reused",
                    "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used for a different request; use a new key",
                    null);
        }
        return Optional.ofNullable(found);
    }

    /** Remembers the result; a concurrent request with the same key loses at the unique key and gets 409. */
    public void remember(String key, String fingerprint, int status, long resourceId) {
        if (key == null) {
            return;
        }
        IdempotencyKey k = new IdempotencyKey();
        k.account = user.username();
        k.key = key;
        k.requestHash = sha256(fingerprint);
        k.status = status;
        k.resourceId = resourceId;
        try {
            k.persistAndFlush();
        } catch (PersistenceException e) {
            throw ApiException.conflict(
                    "IDEMPOTENCY_KEY_IN_USE",
                    "Another request with this Idempotency-Key is being processed; retry in a moment");
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
