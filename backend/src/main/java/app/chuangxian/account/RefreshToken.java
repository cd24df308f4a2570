package app.chuangxian.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A refresh token, kept only as its SHA-256. Each use rotates it; a family is one sign-in. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "family_id", nullable = false, length = 36)
    public String familyId;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Marks a token used if nobody has (one row updated: this caller won the rotation). */
    public static int markRotated(long id, Instant now) {
        return update("rotatedAt = ?1 where id = ?2 and rotatedAt is null and revokedAt is null", now, id);
    }

    public static int revokeFamily(String familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public static int revokeSession(String familyId, long accountId, Instant now) {
        return update(
                "revokedAt = ?1 where familyId = ?2 and accountId = ?3 and revokedAt is null",
                now,
                familyId,
                accountId);
    }

    public static int revokeAccount(long accountId, Instant now) {
        return update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
    }
}
