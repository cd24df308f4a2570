package app.chuangxian.common.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.util.Set;
import org.jboss.logging.Logger;

/** The interceptor of {@link RetryOnDeadlock}: before the transaction interceptor, so each try is a transaction. */
@RetryOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry {
    static final int TRIES = 4;
    private static final Logger LOG = Logger.getLogger(DeadlockRetry.class);
    /** Serialization failure or deadlock (SQL standard, H2, MySQL, MariaDB). */
    private static final Set<String> STATES = Set.of("40001", "40P01");
    /** MySQL and MariaDB: deadlock found (1213), lock wait timeout (1205); H2: lock timeout (50200), deadlock (40001). */
    private static final Set<Integer> CODES = Set.of(1213, 1205, 50200, 40001);

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= TRIES || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debugf(
                        "%s lost a deadlock, try %d of %d", context.getMethod().getName(), attempt + 1, TRIES);
                Thread.sleep(5L * attempt);
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s
                    && ((s.getSQLState() != null && STATES.contains(s.getSQLState()))
                            || CODES.contains(s.getErrorCode()))) {
                return true;
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
