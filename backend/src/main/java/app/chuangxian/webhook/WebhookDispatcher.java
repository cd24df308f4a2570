package app.chuangxian.webhook;

import app.chuangxian.changes.ChangeFeedService;
import app.chuangxian.changes.ChangeViews;
import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.common.persistence.JobLease;
import app.chuangxian.common.persistence.Retries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the change feed to the webhooks as it happens. The change row is the outbox, written in the transaction of
 * the change: a job hands each new change once to the enabled webhooks of the organisations above it that take its
 * kind of record and were registered before it (one delivery row each), then posts what is due, each delivery claimed by one conditional UPDATE so
 * that no two instances post it twice. A post is signed as Standard Webhooks describe ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}: HMAC-SHA256 over id, timestamp and body) and retried like the
 * messages ({@link Retries}); after the fifth failure it stays FAILED until staff send it again.
 */
@ApplicationScoped
public class WebhookDispatcher {
    static final String JOB = "webhooks";
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    JobLease lease;

    @Inject
    Webhooks http;

    @Inject
    ChangeFeedService changes;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "app.webhooks.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(
            every = "${app.webhooks.every:15s}",
            delayed = "${app.webhooks.delayed:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled || !lease.take(JOB, Retries.HOLD)) {
            return;
        }
        try {
            int sent = run(Instant.now());
            if (sent > 0) {
                LOG.infof("webhooks: %d sent", sent);
            }
        } finally {
            lease.release(JOB);
        }
    }

    /** Hands new changes to the webhooks and posts what is due at {@code now}; answers how many were taken. */
    public int run(Instant now) {
        while (QuarkusTransaction.requiringNew().call(() -> fanOut(now)) == BATCH) {
            // a backlog goes out in batches, each in its own short transaction
        }
        return sendDue(now);
    }

    /** Hands up to a batch of changes to the webhooks that take them; answers how many changes it looked at. */
    int fanOut(Instant now) {
        // Two runs at once queue on the job's row, so each change is handed once.
        em.createNativeQuery("select name from job_leases where name = :job for update")
                .setParameter("job", JOB)
                .getResultList();
        List<?> ids = em.createNativeQuery("select id from changes where dispatched_at is null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        long max = ((Number) ids.get(ids.size() - 1)).longValue();
        em.createNativeQuery("insert into webhook_deliveries (webhook_id, change_id, status, attempts,"
                        + " next_attempt_at, created_at) select w.id, c.id, 'PENDING', 0, :now, :now"
                        + " from changes c join organisations co on co.id = c.organisation_id"
                        + " join webhooks w on w.enabled = true"
                        + " and concat(',', w.events, ',') like concat('%,', c.resource, ',%')"
                        + " join organisations wo on wo.id = w.organisation_id"
                        + " where c.dispatched_at is null and c.id <= :max and co.path like concat(wo.path, '%')"
                        // a webhook receives what changed after it was registered
                        + " and c.occurred_at >= w.created_at")
                .setParameter("now", now)
                .setParameter("max", max)
                .executeUpdate();
        em.createNativeQuery("update changes set dispatched_at = :now where dispatched_at is null and id <= :max")
                .setParameter("now", now)
                .setParameter("max", max)
                .executeUpdate();
        return ids.size();
    }

    private int sendDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery("select id from webhook_deliveries where status = 'PENDING'"
                                + " and next_attempt_at <= :now order by next_attempt_at, id")
                        .setParameter("now", now)
                        .setMaxResults(BATCH)
                        .getResultList()
                        .stream()
                        .map(id -> ((Number) id).longValue())
                        .toList());
        int sent = 0;
        for (long id : due) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(id, now));
            if (claim == null) {
                continue;
            }
            Integer status = null;
            String error = null;
            try {
                status = http.post(claim.url(), claim.body(), claim.headers()).statusCode();
                sent++;
            } catch (SendFailure e) {
                status = e.status();
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "unexpected: " + e;
                LOG.warnf(e, "webhook delivery %d", id);
            }
            Integer answered = status;
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> record(claim, answered, failure, now));
        }
        return sent;
    }

    /** A delivery taken by this run: where it goes, what it says, and the try it is. */
    record Claim(long id, URI url, String body, Map<String, String> headers, int attempt) {}

    /** Takes the delivery for this run (none when another took it first) and writes and signs the event. */
    private Claim claim(long id, Instant now) {
        int taken = em.createNativeQuery("update webhook_deliveries set attempts = attempts + 1,"
                        + " next_attempt_at = :hold where id = :id and status = 'PENDING' and next_attempt_at <= :now")
                .setParameter("hold", now.plus(Retries.HOLD))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        if (taken == 0) {
            return null;
        }
        Object[] r = (Object[]) em.createNativeQuery("select d.change_id, d.attempts, w.url, w.secret"
                        + " from webhook_deliveries d join webhooks w on w.id = d.webhook_id where d.id = :id")
                .setParameter("id", id)
                .getSingleResult();
        ChangeViews.View change = changes.one(((Number) r[0]).longValue());
        String eventId = "chg_" + change.sequence();
        String body;
        try {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put(
                    "type",
                    WebhookService.type(
                            change.resource().name(), change.operation().name()));
            event.put("timestamp", change.occurredAt().toString());
            event.put("data", change);
            body = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change is written as JSON", e);
        }
        String timestamp = String.valueOf(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", eventId);
        headers.put("webhook-timestamp", timestamp);
        headers.put("webhook-signature", "v1," + sign((String) r[3], eventId + "." + timestamp + "." + body));
        return new Claim(id, URI.create((String) r[2]), body, headers, ((Number) r[1]).intValue());
    }

    /** The base64 HMAC-SHA256 of the content under the secret's key ({@code whsec_} and base64). */
    static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The outcome of a try, unless a later try has claimed the delivery meanwhile. */
    private void record(Claim claim, Integer status, String error, Instant now) {
        Query update;
        Instant next = error == null ? null : Retries.after(claim.attempt(), now);
        if (error == null) {
            update = em.createNativeQuery("update webhook_deliveries set status = 'SENT', sent_at = :now,"
                            + " next_attempt_at = null, last_error = null, response_status = :status"
                            + " where id = :id and attempts = :attempt")
                    .setParameter("now", now);
        } else if (next == null) {
            update = em.createNativeQuery("update webhook_deliveries set status = 'FAILED', next_attempt_at = null,"
                            + " last_error = :error, response_status = :status where id = :id and attempts = :attempt")
                    .setParameter("error", Retries.cut(error));
        } else {
            update = em.createNativeQuery("update webhook_deliveries set next_attempt_at = :next,"
                            + " last_error = :error, response_status = :status where id = :id and attempts = :attempt")
                    .setParameter("next", next)
                    .setParameter("error", Retries.cut(error));
        }
        update.setParameter("status", status)
                .setParameter("id", claim.id())
                .setParameter("attempt", claim.attempt())
                .executeUpdate();
    }
}
