package app.chuangxian.account;

import app.chuangxian.common.persistence.Stamped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person (or a desk) that signs in: committee staff, assessors, branch staff, leadership, auditors. Updates write
 * only the columns that changed: sign-in counters, lock and TOTP step are kept by atomic statements
 * ({@link Account#countFailure}) that an administrator's edit of the same row must not overwrite.
 */
@Entity
@Table(name = "accounts")
@DynamicUpdate
public class Account extends Stamped {
    @Column(nullable = false, length = 50)
    public String username;

    @Column(name = "display_name", nullable = false, length = 50)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Comma-separated role names. */
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "branch_id")
    public Long branchId;

    /** The organisation the account belongs to: staff act on its subtree; a branch account's is its branch's. */
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId = app.chuangxian.organisation.Organisation.ROOT_ID;

    @Column(length = 20)
    public String phone;

    @Column(length = 100)
    public String email;

    /** The language of the account's messages outside the app (zh-CN or en). */
    @Column(name = "message_locale", nullable = false, length = 5)
    public String messageLocale = "zh-CN";

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** Base32 TOTP secret; set on enrolment, active once {@link #totpEnabled}. */
    @Column(name = "totp_secret", length = 64)
    public String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    public boolean totpEnabled;

    /** The last TOTP step accepted: a code is good once. Written only by atomic updates. */
    @Column(name = "totp_last_step")
    public Long totpLastStep;

    /** Carried by every access token; raising it refuses every earlier token of the account at once. */
    @Column(name = "auth_version", nullable = false)
    public long authVersion;

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void setRoleSet(Set<String> roleSet) {
        roles = String.join(",", roleSet);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * Whether a token of the account is still good: the account is enabled, the token's auth version is current and,
     * when the token names its sign-in, that sign-in has not been ended. One indexed query.
     */
    public static boolean tokenStillValid(long id, long authVersion, String sessionId) {
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
    public static boolean countFailure(long id, Instant now, int max, Instant lockUntil) {
        update("failedLogins = failedLogins + 1 where id = ?1 and (lockedUntil is null or lockedUntil <= ?2)", id, now);
        return update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3", lockUntil, id, max)
                > 0;
    }

    /** Records a sign-in unless the account was disabled or locked meanwhile (then false: the sign-in fails). */
    public static boolean recordSignIn(long id, Instant now) {
        return update(
                        "failedLogins = 0, lastLoginAt = ?1 where id = ?2 and enabled = true"
                                + " and (lockedUntil is null or lockedUntil <= ?1)",
                        now,
                        id)
                > 0;
    }

    /** Accepts a TOTP step once: false when this step (or a later one) was already used. */
    public static boolean useTotpStep(long id, long step) {
        return update("totpLastStep = ?1 where id = ?2 and (totpLastStep is null or totpLastStep < ?1)", step, id) > 0;
    }

    public static PanacheQuery<Account> search(AccountFilter f, Sort sort) {
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
        if (f.organisations() != null) {
            where.add("organisationId in :organisations");
            params.and("organisations", f.organisations());
        }
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }
}
