package app.chuangxian.notification;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.persistence.OutboxJob;
import app.chuangxian.common.persistence.SqlValues;
import app.chuangxian.common.security.PhoneMask;
import app.chuangxian.notification.channel.ChannelSettings;
import app.chuangxian.notification.channel.MessageSender;
import app.chuangxian.notification.channel.Outgoing;
import app.chuangxian.organisation.OrganisationScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Carries messages beyond the message centre (ADR 019). The message row is the outbox: the job ({@link OutboxJob})
 * hands each new message once to the channels its recipient chose (one send-log row per channel, with the address as
 * it was), then sends what is due, retried as {@link app.chuangxian.common.persistence.Retries} says.
 */
@ApplicationScoped
public class DeliveryService extends OutboxJob<DeliveryService.Claim> {
    static final String JOB = "deliveries";

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
    private static final Map<String, String> SORTS =
            Map.of("createdAt", "d.created_at", "status", "d.status", "channel", "d.channel", "attempts", "d.attempts");
    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    Instance<MessageSender> senderBeans;

    @Inject
    MessageTemplateService templates;

    @Inject
    ChannelSettings settings;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationScope scope;

    @ConfigProperty(name = "app.deliveries.enabled", defaultValue = "true")
    boolean enabled;

    private Map<Channel, MessageSender> senders;

    @Scheduled(
            every = "${app.deliveries.every:1m}",
            delayed = "${app.deliveries.delayed:30s}",
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
        return "deliveries";
    }

    /** The channels this deployment set up. */
    public Set<Channel> configured() {
        Set<Channel> on = EnumSet.noneOf(Channel.class);
        senders().forEach((channel, sender) -> {
            if (sender.configured()) {
                on.add(channel);
            }
        });
        return on;
    }

    /**
     * Hands up to a batch of messages not handed yet to the channels their recipients chose and set up here; answers
     * how many messages it looked at. Two runs at once queue on the job's row, so each message is handed once.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    protected int fanOut(Instant now) {
        lockJob();
        List<?> ids = em.createNativeQuery("select id from notifications where dispatched_at is null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        long max = ((Number) ids.get(ids.size() - 1)).longValue();
        Set<Channel> on = configured();
        if (!on.isEmpty()) {
            String address = "case when c.channel = 'EMAIL' then a.email else a.phone end";
            em.createNativeQuery("insert into deliveries (notification_id, account_id, organisation_id, channel, kind,"
                            + " locale, recipient, params, status, attempts, next_attempt_at, created_at)"
                            + " select n.id, n.account_id, a.organisation_id, c.channel, n.kind, a.message_locale, "
                            + address + ", n.params, 'PENDING', 0, :now, :now from notifications n"
                            + " join account_channels c on c.account_id = n.account_id"
                            + " join accounts a on a.id = n.account_id"
                            + " where n.dispatched_at is null and n.id <= :max and a.enabled = true"
                            + " and c.channel in (:on) and coalesce(" + address + ", '') <> ''")
                    .setParameter("now", now)
                    .setParameter("max", max)
                    .setParameter("on", on.stream().map(Enum::name).toList())
                    .executeUpdate();
        }
        em.createNativeQuery("update notifications set dispatched_at = :now where dispatched_at is null and id <= :max")
                .setParameter("now", now)
                .setParameter("max", max)
                .executeUpdate();
        return ids.size();
    }

    /** A send taken by this run: the channel, the words, and the try it is. */
    record Claim(long id, Channel channel, Outgoing message, int attempt) implements OutboxJob.Claim {}

    @Override
    protected Integer deliver(Claim claim) throws SendFailure {
        sender(claim.channel()).send(claim.message());
        return null;
    }

    /** The send just claimed, worded. */
    @Override
    protected Claim read(long id, Instant now) {
        Object[] r = (Object[]) em.createNativeQuery("select d.channel, d.kind, d.locale, d.recipient, d.params,"
                        + " d.attempts, a.display_name from deliveries d join accounts a on a.id = d.account_id"
                        + " where d.id = :id")
                .setParameter("id", id)
                .getSingleResult();
        NotificationKind kind = NotificationKind.valueOf((String) r[1]);
        MessageLocale locale = MessageLocale.parse((String) r[2]).orElse(MessageLocale.ZH_CN);
        Map<String, String> params = new HashMap<>(read((String) r[4]));
        params.put("name", (String) r[6]);
        params.put(
                "link",
                settings.appUrl()
                        .map(u -> u.toString().replaceAll("/+$", "") + "/messages")
                        .orElse(""));
        MessageTemplateService.Wording words = templates.render(kind, locale, params);
        return new Claim(
                id,
                Channel.valueOf((String) r[0]),
                new Outgoing((String) r[3], words.subject(), words.body().strip()),
                ((Number) r[5]).intValue());
    }

    /** The send log of the caller's subtree, newest first unless asked otherwise. */
    public PageResult<DeliveryViews.View> list(
            DeliveryStatus status, Channel channel, NotificationKind kind, Long accountId, PageQuery paging) {
        String order = SqlSort.orderBy(paging.resolveSort(SORTS, "-createdAt"), "d.id");
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> args = new LinkedHashMap<>();
        if (!scope.atRoot()) {
            where.append(" and d.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")");
            args.put(OrganisationScope.SUBTREE_PARAMETER, scope.like());
        }
        if (status != null) {
            where.append(" and d.status = :status");
            args.put("status", status.name());
        }
        if (channel != null) {
            where.append(" and d.channel = :channel");
            args.put("channel", channel.name());
        }
        if (kind != null) {
            where.append(" and d.kind = :kind");
            args.put("kind", kind.name());
        }
        if (accountId != null) {
            where.append(" and d.account_id = :account");
            args.put("account", accountId);
        }
        Query count = em.createNativeQuery("select count(*) from deliveries d" + where);
        Query page = em.createNativeQuery("select d.id, d.notification_id, d.account_id, a.display_name, d.channel,"
                        + " d.kind, d.locale, d.recipient, d.status, d.attempts, d.next_attempt_at, d.last_error,"
                        + " d.created_at, d.sent_at from deliveries d join accounts a on a.id = d.account_id"
                        + where + " order by " + order)
                .setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size);
        args.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<DeliveryViews.View> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            items.add(view((Object[]) row));
        }
        return paging.result(items, ((Number) count.getSingleResult()).longValue());
    }

    /** Tries a send that failed for good again, from its first try; another's is 404, any other 409. */
    @Transactional
    public DeliveryViews.View retry(long id, Instant now) {
        DeliveryViews.View current = one(id);
        int changed = em.createNativeQuery("update deliveries set status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = :now, last_error = null where id = :id and status = 'FAILED'")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        if (changed == 0) {
            throw ApiException.conflict(
                    "NOT_FAILED", "Send " + id + " is " + current.status() + ": only a failed send is tried again");
        }
        return one(id);
    }

    private DeliveryViews.View one(long id) {
        StringBuilder sql = new StringBuilder("select d.id, d.notification_id, d.account_id, a.display_name,"
                + " d.channel, d.kind, d.locale, d.recipient, d.status, d.attempts, d.next_attempt_at, d.last_error,"
                + " d.created_at, d.sent_at from deliveries d join accounts a on a.id = d.account_id where d.id = :id");
        if (!scope.atRoot()) {
            sql.append(" and d.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")");
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter("id", id);
        if (!scope.atRoot()) {
            q.setParameter(OrganisationScope.SUBTREE_PARAMETER, scope.like());
        }
        List<?> found = q.getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("Delivery", id);
        }
        return view((Object[]) found.get(0));
    }

    private static DeliveryViews.View view(Object[] r) {
        Channel channel = Channel.valueOf((String) r[4]);
        String address = (String) r[7];
        return new DeliveryViews.View(
                ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                (String) r[3],
                channel,
                NotificationKind.valueOf((String) r[5]),
                (String) r[6],
                channel.address() == Channel.Address.EMAIL ? PhoneMask.maskEmail(address) : PhoneMask.mask(address),
                DeliveryStatus.valueOf((String) r[8]),
                ((Number) r[9]).intValue(),
                SqlValues.instant(r[10]),
                (String) r[11],
                SqlValues.instant(r[12]),
                SqlValues.instant(r[13]));
    }

    private Map<Channel, MessageSender> senders() {
        if (senders == null) {
            Map<Channel, MessageSender> all = new EnumMap<>(Channel.class);
            senderBeans.forEach(s -> all.put(s.channel(), s));
            senders = all;
        }
        return senders;
    }

    private MessageSender sender(Channel channel) throws SendFailure {
        MessageSender sender = senders().get(channel);
        if (sender == null || !sender.configured()) {
            throw new SendFailure(channel + " is not set up on this server");
        }
        return sender;
    }

    private Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored params are JSON", e);
        }
    }
}
