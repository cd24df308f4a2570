package app.chuangxian.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Runs a scheduled job once across API instances: each job has a row in {@code job_leases}, and an instance runs
 * the job only while it holds the row's lease. Taking it is one UPDATE that succeeds only when the lease has expired
 * or is already this instance's, so of two instances that wake at once exactly one gets it.
 */
@ApplicationScoped
public class JobLease {
    private final String holder = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    /** True when this instance now holds the job's lease for {@code length}; false when another holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, Duration length) {
        Instant now = Instant.now();
        return em.createNativeQuery("update job_leases set holder = :holder, lease_until = :until"
                                + " where name = :job and (lease_until < :now or holder = :holder)")
                        .setParameter("holder", holder)
                        .setParameter("until", now.plus(length))
                        .setParameter("job", job)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Gives the lease back once the job is done, so that it is free for the next run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createNativeQuery("update job_leases set lease_until = :past where name = :job and holder = :holder")
                .setParameter("past", Instant.EPOCH.plusSeconds(946_684_800L))
                .setParameter("job", job)
                .setParameter("holder", holder)
                .executeUpdate();
    }
}
