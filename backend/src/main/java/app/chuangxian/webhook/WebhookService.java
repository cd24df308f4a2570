package app.chuangxian.webhook;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.persistence.SqlValues;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff register the endpoints of other systems that receive the changes of their subtree; each is signed with a
 * secret shown once. Staff read each endpoint's delivery log and send a delivery again.
 */
@ApplicationScoped
public class WebhookService {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "url", "url");
    private static final Map<String, String> DELIVERY_SORTS =
            Map.of("createdAt", "d.id", "status", "d.status", "attempts", "d.attempts");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    OrganisationScope scope;

    @Inject
    CurrentUser user;

    public PageResult<WebhookViews.View> list(PageQuery paging) {
        List<Long> within = scope.subtree();
        PanacheQuery<Webhook> query = within == null
                ? Webhook.findAll(paging.resolveSort(SORTABLE, "-createdAt"))
                : Webhook.find("organisationId in ?1", paging.resolveSort(SORTABLE, "-createdAt"), within);
        long total = query.count();
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(WebhookViews.View::of)
                        .toList(),
                total);
    }

    public WebhookViews.View get(long id) {
        return WebhookViews.View.of(visible(id));
    }

    @Transactional
    public WebhookViews.WithSecret create(WebhookRequest request) {
        Webhook w = new Webhook();
        apply(w, request);
        w.organisationId = scope.organisationId();
        w.secret = newSecret();
        w.createdBy = user.username();
        w.persistAndFlush();
        return new WebhookViews.WithSecret(WebhookViews.View.of(w), w.secret);
    }

    @Transactional
    public WebhookViews.View update(long id, WebhookRequest request) {
        Webhook w = visible(id);
        Versions.check(w.version, request.version(), "Webhook " + id, Versions.REQUIRED_ON_UPDATE);
        apply(w, request);
        Webhook.flush();
        return WebhookViews.View.of(w);
    }

    /** A new secret; the old one signs nothing from now on. */
    @Transactional
    public WebhookViews.WithSecret rotateSecret(long id, long version) {
        Webhook w = visible(id);
        Versions.check(w.version, version, "Webhook " + id);
        w.secret = newSecret();
        Webhook.flush();
        return new WebhookViews.WithSecret(WebhookViews.View.of(w), w.secret);
    }

    /** Removes the endpoint and its delivery log. */
    @Transactional
    public void delete(long id) {
        Webhook w = visible(id);
        em.createNativeQuery("delete from webhook_deliveries where webhook_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        w.delete();
    }

    /** The endpoint's delivery log, newest first unless asked otherwise. */
    public PageResult<WebhookViews.Delivery> deliveries(long id, WebhookDeliveryStatus status, PageQuery paging) {
        visible(id);
        String order = SqlSort.orderBy(paging.resolveSort(DELIVERY_SORTS, "-createdAt"), "d.id");
        String where = " where d.webhook_id = :id" + (status == null ? "" : " and d.status = :status");
        Query count = em.createNativeQuery("select count(*) from webhook_deliveries d" + where);
        Query page = em.createNativeQuery(SELECT + where + " order by " + order)
                .setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size);
        for (Query q : List.of(count, page)) {
            q.setParameter("id", id);
            if (status != null) {
                q.setParameter("status", status.name());
            }
        }
        List<WebhookViews.Delivery> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            items.add(delivery((Object[]) row));
        }
        return paging.result(items, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Sends a delivery again, sent or failed, from its first try and due now; one waiting for its try already is 409
     * DELIVERY_PENDING (a double click sends once).
     */
    @Transactional
    public WebhookViews.Delivery replay(long id, long deliveryId, Instant now) {
        visible(id);
        int changed = em.createNativeQuery("update webhook_deliveries set status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = :now, last_error = null, response_status = null"
                        + " where id = :delivery and webhook_id = :id and status <> 'PENDING'")
                .setParameter("now", now)
                .setParameter("delivery", deliveryId)
                .setParameter("id", id)
                .executeUpdate();
        WebhookViews.Delivery current = oneDelivery(id, deliveryId);
        if (changed == 0) {
            throw ApiException.conflict(
                    "DELIVERY_PENDING", "Delivery " + deliveryId + " is waiting for its try already");
        }
        return current;
    }

    private WebhookViews.Delivery oneDelivery(long id, long deliveryId) {
        List<?> found = em.createNativeQuery(SELECT + " where d.id = :delivery and d.webhook_id = :id")
                .setParameter("delivery", deliveryId)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("Webhook delivery", deliveryId);
        }
        return delivery((Object[]) found.get(0));
    }

    private static final String SELECT = "select d.id, d.webhook_id, d.change_id, c.resource, c.operation, d.status,"
            + " d.attempts, d.response_status, d.last_error, d.next_attempt_at, d.created_at, d.sent_at"
            + " from webhook_deliveries d join changes c on c.id = d.change_id";

    private static WebhookViews.Delivery delivery(Object[] r) {
        return new WebhookViews.Delivery(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                type((String) r[3], (String) r[4]),
                WebhookDeliveryStatus.valueOf((String) r[5]),
                ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8],
                SqlValues.instant(r[9]),
                SqlValues.instant(r[10]),
                SqlValues.instant(r[11]));
    }

    /** An event's type as receivers see it: {@code branch.created}, {@code deliverable.updated}. */
    static String type(String resource, String operation) {
        return resource.toLowerCase(Locale.ROOT) + "." + operation.toLowerCase(Locale.ROOT);
    }

    /** The endpoint, when it belongs to the caller's subtree; 404 otherwise. */
    private Webhook visible(long id) {
        Webhook w = Webhook.findById(id);
        if (w == null || !scope.contains(w.organisationId)) {
            throw ApiException.notFound("Webhook", id);
        }
        return w;
    }

    private static void apply(Webhook w, WebhookRequest request) {
        w.url = checkedUrl(request.url());
        w.description = request.description() == null || request.description().isBlank()
                ? null
                : request.description().strip();
        w.events(request.events());
        if (request.enabled() != null) {
            w.enabled = request.enabled();
        }
    }

    /** An absolute http or https address with a host; anything else is 400 on {@code url}. */
    static String checkedUrl(String url) {
        String text = url.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw ApiException.invalidField(
                "url",
                "must be an absolute http or https address, such as https://portal.example.org/hooks",
                Reasons.HTTP_URL,
                null);
    }

    private static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
