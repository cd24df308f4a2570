package app.chuangxian.common.persistence;

import app.chuangxian.common.http.SendFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A job that sends what an outbox holds to another system (messages by e-mail, SMS and robots; webhooks), once
 * across API instances. A run first hands new outbox rows to their sends ({@link #fanOut}, in batches, each in its own
 * short transaction), then sends what is due: each send in the send log ({@link #table}) is claimed by one conditional
 * UPDATE, so that no two instances send it twice, and its outcome is recorded unless a later try claimed it
 * meanwhile. A failed send is tried again as {@link Retries} says; after the last try it stays FAILED until staff
 * send it again.
 *
 * @param <C> what a claimed send carries to its sender
 */
public abstract class OutboxJob<C extends OutboxJob.Claim> {
    public static final int BATCH = 200;

    /** A send taken by this run: its row and the try it is. */
    public interface Claim {
        long id();

        int attempt();
    }

    @Inject
    protected EntityManager em;

    @Inject
    JobLease lease;

    /** The job's name in {@code job_leases}. */
    protected abstract String job();

    /** The send log: a table with id, status, attempts, next_attempt_at, last_error and sent_at. */
    protected abstract String table();

    /**
     * Hands up to a batch of new outbox rows to their sends, inside the run's transaction; answers how many rows it
     * looked at. It locks the job's row first, so that two runs at once hand each row once.
     */
    protected abstract int fanOut(Instant now);

    /** What to send for the send just claimed, read inside the claim's transaction, for a try at {@code now}. */
    protected abstract C read(long id, Instant now);

    /** Sends it; answers the receiver's HTTP status when it has one, or fails with the reason. */
    protected abstract Integer deliver(C claim) throws SendFailure;

    /** True when the send log keeps the receiver's HTTP status ({@code response_status}). */
    protected boolean keepsResponseStatus() {
        return false;
    }

    /** The scheduled run: only while this instance holds the job's lease. */
    protected void tick(boolean enabled, Logger log) {
        if (!enabled || !lease.take(job(), Retries.HOLD)) {
            return;
        }
        try {
            int sent = run(Instant.now());
            if (sent > 0) {
                log.infof("%s: %d sent", job(), sent);
            }
        } finally {
            lease.release(job());
        }
    }

    /** Hands new outbox rows to their sends and sends what is due at {@code now}; answers how many went out. */
    public int run(Instant now) {
        while (QuarkusTransaction.requiringNew().call(() -> fanOut(now)) == BATCH) {
            // a backlog goes out in batches, each in its own short transaction
        }
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery("select id from " + table() + " where status = 'PENDING'"
                                + " and next_attempt_at <= :now order by next_attempt_at, id")
                        .setParameter("now", now)
                        .setMaxResults(BATCH)
                        .getResultList()
                        .stream()
                        .map(id -> ((Number) id).longValue())
                        .toList());
        int sent = 0;
        for (long id : due) {
            C claim;
            try {
                claim = QuarkusTransaction.requiringNew().call(() -> claim(id, now));
            } catch (RuntimeException e) {
                // What cannot even be read to be sent fails at once, so that it never holds up the rest.
                Logger.getLogger(getClass()).warnf(e, "%s: send %d cannot be read", job(), id);
                QuarkusTransaction.requiringNew().run(() -> unreadable(id, e));
                continue;
            }
            if (claim == null) {
                continue;
            }
            Integer status = null;
            String error = null;
            try {
                status = deliver(claim);
                sent++;
            } catch (SendFailure e) {
                status = e.status();
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "unexpected: " + e;
                Logger.getLogger(getClass()).warnf(e, "%s: send %d", job(), id);
            }
            Integer answered = status;
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> record(claim, answered, failure, now));
        }
        return sent;
    }

    /** Takes the send for this run (none when another took it first). */
    private C claim(long id, Instant now) {
        int taken = em.createNativeQuery("update " + table() + " set attempts = attempts + 1, next_attempt_at = :hold"
                        + " where id = :id and status = 'PENDING' and next_attempt_at <= :now")
                .setParameter("hold", now.plus(Retries.HOLD))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        return taken == 0 ? null : read(id, now);
    }

    /** A send that cannot be read (its row or its receiver's settings broken): FAILED at once, with the reason. */
    private void unreadable(long id, RuntimeException e) {
        em.createNativeQuery("update " + table() + " set status = 'FAILED', attempts = attempts + 1,"
                        + " next_attempt_at = null, last_error = :error where id = :id and status = 'PENDING'")
                .setParameter("error", Retries.cut("cannot be sent: " + e))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The outcome of a try, unless a later try has claimed the send meanwhile. */
    private void record(C claim, Integer status, String error, Instant now) {
        String answered = keepsResponseStatus() ? ", response_status = :status" : "";
        Instant next = error == null ? null : Retries.after(claim.attempt(), now);
        Query update;
        if (error == null) {
            update = em.createNativeQuery("update " + table() + " set status = 'SENT', sent_at = :now,"
                            + " next_attempt_at = null, last_error = null" + answered
                            + " where id = :id and attempts = :attempt")
                    .setParameter("now", now);
        } else if (next == null) {
            update = em.createNativeQuery("update " + table() + " set status = 'FAILED', next_attempt_at = null,"
                            + " last_error = :error" + answered + " where id = :id and attempts = :attempt")
                    .setParameter("error", Retries.cut(error));
        } else {
            update = em.createNativeQuery("update " + table() + " set next_attempt_at = :next, last_error = :error"
                            + answered + " where id = :id and attempts = :attempt")
                    .setParameter("next", next)
                    .setParameter("error", Retries.cut(error));
        }
        if (keepsResponseStatus()) {
            update.setParameter("status", status);
        }
        update.setParameter("id", claim.id())
                .setParameter("attempt", claim.attempt())
                .executeUpdate();
    }

    /** Locks the job's row until the transaction ends: two fan-outs at once queue on it. */
    protected void lockJob() {
        em.createNativeQuery("select name from job_leases where name = :job for update")
                .setParameter("job", job())
                .getResultList();
    }
}
