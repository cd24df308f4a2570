package app.chuangxian.webhook;

import app.chuangxian.changes.ChangeFeedService;
import app.chuangxian.changes.ChangeViews;
import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.common.persistence.OutboxJob;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Sends the change feed to the webhooks as it happens ({@link OutboxJob}). The change row is the outbox, written in
 * the transaction of the change: the job hands each new change once to the enabled webhooks of the organisations above
 * it that take its kind of record and were registered before it (one delivery row each), then posts what is due. A
 * post is signed as Standard Webhooks describe ({@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}: HMAC-SHA256 over id, timestamp and body).
 */
@ApplicationScoped
public class WebhookDispatcher extends OutboxJob<WebhookDispatcher.Claim> {
    static final String JOB = "webhooks";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

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
        tick(enabled, LOG);
    }

    @Override
    protected String job() {
        return JOB;
    }

    @Override
    protected String table() {
        return "webhook_deliveries";
    }

    @Override
    protected boolean keepsResponseStatus() {
        return true;
    }

    /** Hands up to a batch of changes to the webhooks that take them; answers how many changes it looked at. */
    @Override
    protected int fanOut(Instant now) {
        lockJob();
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

    /** A delivery taken by this run: where it goes, what it says, and the try it is. */
    record Claim(long id, URI url, String body, Map<String, String> headers, int attempt) implements OutboxJob.Claim {}

    @Override
    protected Integer deliver(Claim claim) throws SendFailure {
        return http.post(claim.url(), claim.body(), claim.headers()).statusCode();
    }

    /** The delivery just claimed: the event written and signed, stamped with the time of this try. */
    @Override
    protected Claim read(long id, Instant now) {
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
}
