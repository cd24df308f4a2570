package app.chuangxian.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {
    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * Whether a token of the account is still good: the account is enabled, the token's auth version is current and,
     * when the token names its sign-in, that sign-in has not been ended. One indexed query.
     */
    public boolean tokenStillValid(long id, long authVersion, String sessionId) {
        String ended = sessionId == null
                ? "0"
                : "(select count(r) from RefreshToken r where r.familyId = :sid"
                        + " and r.accountId = a.id and r.revokedAt is not null)";
        var query = getEntityManager()
                .createQuery(
                        "select a.enabled, a.authVersion, " + ended + " from Account a where a.id = :id",
                        Object[].class)
                .setParameter("id", id);
        if (sessionId != null) {
            query.setParameter("sid", sessionId);
        }
        return query.getResultStream()
                .findFirst()
                .map(row -> Boolean.TRUE.equals(row[0])
                        && ((Number) row[1]).longValue() == authVersion
                        && ((Number) row[2]).longValue() == 0)
                .orElse(false);
    }

    /**
     * Counts a failed sign-in, atomically and without the entity's version (parallel failures all count), unless the
     * account is already locked; locks it once the count reaches {@code max}. True when this failure locked it.
     */
    public boolean countFailure(long id, Instant now, int max, Instant lockUntil) {
        update("failedLogins = failedLogins + 1 where id = ?1 and (lockedUntil is null or lockedUntil <= ?2)", id, now);
        return update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3", lockUntil, id, max)
                > 0;
    }

    /** Records a sign-in unless the account was disabled or locked meanwhile (then false: the sign-in fails). */
    public boolean recordSignIn(long id, Instant now) {
        return update(
                        "failedLogins = 0, lastLoginAt = ?1 where id = ?2 and enabled = true"
                                + " and (lockedUntil is null or lockedUntil <= ?1)",
                        now,
                        id)
                > 0;
    }

    /** Accepts a TOTP step once: false when this step (or a later one) was already used. */
    public boolean useTotpStep(long id, long step) {
        return update("totpLastStep = ?1 where id = ?2 and (totpLastStep is null or totpLastStep < ?1)", step, id) > 0;
    }

    public PanacheQuery<Account> search(AccountFilter f, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (f.q() != null && !f.q().isBlank()) {
            where.add("(lower(username) like :q or lower(displayName) like :q or lower(email) like :q)");
            params.and("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        if (f.role() != null) {
            where.add("concat(',', roles, ',') like :role");
            params.and("role", "%," + f.role() + ",%");
        }
        if (f.branchId() != null) {
            where.add("branchId = :branchId");
            params.and("branchId", f.branchId());
        }
        if (f.enabled() != null) {
            where.add("enabled = :enabled");
            params.and("enabled", f.enabled());
        }
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }
}
