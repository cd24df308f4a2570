package app.chuangxian.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepository<RefreshToken> {
    public Optional<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Marks a token used if nobody has (one row updated: this caller won the rotation). */
    public int markRotated(long id, Instant now) {
        return update("rotatedAt = ?1 where id = ?2 and rotatedAt is null and revokedAt is null", now, id);
    }

    public int revokeFamily(String familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public int revokeSession(String familyId, long accountId, Instant now) {
        return update(
                "revokedAt = ?1 where familyId = ?2 and accountId = ?3 and revokedAt is null",
                now,
                familyId,
                accountId);
    }

    public int revokeAccount(long accountId, Instant now) {
        return update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
    }
}
