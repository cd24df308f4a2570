package app.chuangxian.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins per remote address within a window, kept in the database so that every API instance counts the
 * same attempts. An attempt is counted <em>before</em> its password is checked (so parallel attempts cannot all slip
 * under the limit) and given back when it succeeds. Runs in the caller's transaction.
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    EntityManager em;

    @Inject
    AuthSettings settings;

    /** Counts an attempt from the address; seconds it must wait when this attempt is over the limit, else 0. */
    public long claim(String address, Instant now) {
        long windowMs = window().toMillis();
        long nowMs = now.toEpochMilli();
        // One atomic statement: a new window starts when the last one is over (MySQL assigns left to right, so
        // failures is computed from the old window_start_ms before that is moved on, as in H2).
        em.createNativeQuery(
                        "insert into sign_in_address_failures (address, window_start_ms, failures) values (:a, :now, 1)"
                                + " on duplicate key update"
                                + " failures = case when window_start_ms <= :cutoff then 1 else failures + 1 end,"
                                + " window_start_ms = case when window_start_ms <= :cutoff then :now else window_start_ms end")
                .setParameter("a", key(address))
                .setParameter("now", nowMs)
                .setParameter("cutoff", nowMs - windowMs)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select failures, window_start_ms from sign_in_address_failures where address = :a")
                .setParameter("a", key(address))
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        long windowStart = ((Number) row[1]).longValue();
        if (failures <= settings.addressMaxFailures()) {
            return 0;
        }
        return Math.max(1, (windowStart + windowMs - nowMs) / 1000);
    }

    /** Gives back a claimed attempt that turned out not to be a failure. */
    public void release(String address) {
        em.createNativeQuery(
                        "update sign_in_address_failures set failures = failures - 1 where address = :a and failures > 0")
                .setParameter("a", key(address))
                .executeUpdate();
    }

    private Duration window() {
        return Duration.ofMinutes(settings.addressWindowMinutes());
    }

    static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
