package app.chuangxian.notification;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The message centre's one way in and out. Other features call {@code toBranch}, {@code toAccount} or
 * {@code toParticipants} inside the transaction of the change they report, so a message exists exactly when the
 * change does; each recipient reads, pages and marks their own messages.
 */
@ApplicationScoped
public class NotificationService {
    /** The enabled accounts of the branches taking part in {@code :campaign}. */
    private static final String PARTICIPANTS = "from accounts a join campaign_branches p on p.branch_id = a.branch_id"
            + " where p.campaign_id = :campaign and a.enabled = true";

    /** The enabled administrators of {@code :organisation} itself (not a branch's accounts). */
    private static final String ADMINISTRATORS = "from accounts a where a.organisation_id = :organisation"
            + " and a.branch_id is null and a.enabled = true and concat(',', a.roles, ',') like '%,ADMIN,%'";

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
    private static final Map<String, String> SORTS = Map.of("createdAt", "id");
    /** No account has this id: the recipient of a caller without an account, who has no messages. */
    private static final long NO_ACCOUNT = -1;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    /** A message to every enabled account of the branch (its chair and any colleagues). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toBranch(long branchId, NotificationKind kind, Long campaignId, Long subjectId, Map<String, ?> params) {
        insert(
                "from accounts a where a.branch_id = :scope and a.enabled = true",
                Map.of("scope", branchId),
                kind,
                campaignId,
                subjectId,
                params,
                Instant.now());
    }

    /** A message to one account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toAccount(
            long accountId, NotificationKind kind, Long campaignId, Long subjectId, Map<String, ?> params) {
        insert(
                "from accounts a where a.id = :scope and a.enabled = true",
                Map.of("scope", accountId),
                kind,
                campaignId,
                subjectId,
                params,
                Instant.now());
    }

    /** A message to every enabled administrator of the organisation (not a branch's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toAdministrators(
            long organisationId, NotificationKind kind, Long campaignId, Long subjectId, Map<String, ?> params) {
        insert(
                ADMINISTRATORS,
                Map.of("organisation", organisationId),
                kind,
                campaignId,
                subjectId,
                params,
                Instant.now());
    }

    /** A message to every enabled account of every branch taking part in the campaign. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toParticipants(long campaignId, NotificationKind kind, Map<String, ?> params) {
        insert(PARTICIPANTS, Map.of(), kind, campaignId, null, params, Instant.now());
    }

    /**
     * The same reminder to every enabled account of these branches that has had no reminder ({@code
     * DEADLINE_REMINDER} or {@code DEADLINE_OVERDUE}) since {@code since} (the start of the committee's day): at most
     * one a day each. Dated {@code at}, the time the reminder job runs for. One statement for all the branches, however
     * many; answers how many were sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int remind(
            Collection<Long> branchIds,
            NotificationKind kind,
            long campaignId,
            long subjectId,
            Map<String, ?> params,
            Instant at,
            Instant since) {
        return insert(
                "from accounts a where a.branch_id in (:branches) and a.enabled = true and not exists (select 1 from"
                        + " notifications n where n.account_id = a.id and n.kind in ('DEADLINE_REMINDER',"
                        + " 'DEADLINE_OVERDUE') and n.created_at >= :since)",
                Map.of("branches", branchIds, "since", since),
                kind,
                campaignId,
                subjectId,
                params,
                at);
    }

    /**
     * A message about a record to every enabled account of every branch taking part in the campaign that has not had
     * one of this kind about it yet (a phase opening announced once). Answers how many were sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int toParticipantsOnce(
            long campaignId, NotificationKind kind, long subjectId, Map<String, ?> params, Instant at) {
        return insert(
                PARTICIPANTS + " and not exists (select 1 from notifications n where n.account_id = a.id"
                        + " and n.kind = :kind and n.subject_id = :subject)",
                Map.of(),
                kind,
                campaignId,
                subjectId,
                params,
                at);
    }

    /**
     * A message to every enabled administrator of the organisation (not a branch's) that has had none of this kind
     * about the campaign since {@code since}: once a day each. Answers how many were sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int toAdministratorsDaily(
            long organisationId,
            NotificationKind kind,
            long campaignId,
            Map<String, ?> params,
            Instant at,
            Instant since) {
        return insert(
                ADMINISTRATORS + " and not exists (select 1 from notifications n where n.account_id = a.id"
                        + " and n.kind = :kind and n.campaign_id = :campaign and n.created_at >= :since)",
                Map.of("organisation", organisationId, "since", since),
                kind,
                campaignId,
                null,
                params,
                at);
    }

    /**
     * Removes the messages read before {@code cutoff}, and the send log's rows of sends finished before it; unread
     * messages and sends still pending stay. Answers how many messages went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeReadBefore(Instant cutoff) {
        em.createNativeQuery("delete from deliveries where status <> 'PENDING' and created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        return em.createNativeQuery("delete from notifications where read_at is not null and read_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /**
     * One statement for all recipients: no row per recipient is read first. {@code recipients} is the FROM and WHERE
     * of the accounts (alias {@code a}); besides its own {@code where} parameters it may use {@code :kind},
     * {@code :campaign} and {@code :subject}. Dated {@code at}; answers how many messages were written.
     */
    private int insert(
            String recipients,
            Map<String, Object> where,
            NotificationKind kind,
            Long campaignId,
            Long subjectId,
            Map<String, ?> params,
            Instant at) {
        Query query = em.createNativeQuery(
                        "insert into notifications (account_id, kind, campaign_id, subject_id, params, created_at)"
                                + " select a.id, :kind, :campaign, :subject, :params, :now " + recipients)
                .setParameter("kind", kind.name())
                .setParameter("campaign", campaignId)
                .setParameter("subject", subjectId)
                .setParameter("params", write(params))
                .setParameter("now", at);
        where.forEach(query::setParameter);
        return query.executeUpdate();
    }

    /** The caller's messages, newest first, with how many are unread; a token of no account has none. */
    public NotificationViews.Page mine(boolean unreadOnly, PageQuery paging) {
        long me = me();
        String where = "accountId = ?1" + (unreadOnly ? " and readAt is null" : "");
        // Messages are kept in the order they came: newest first, or oldest first on request.
        var query = Notification.<Notification>find(where, paging.resolveSort(SORTS, "-createdAt"), me)
                .page(paging.panachePage());
        List<NotificationViews.Item> items =
                query.list().stream().map(this::view).toList();
        PageResult<NotificationViews.Item> page = paging.result(items, query.count());
        return new NotificationViews.Page(page, unread(me));
    }

    /** Marks one of the caller's messages read (again is fine); another's is 404. */
    @Transactional
    public NotificationViews.Item markRead(long id) {
        Notification n = Notification.findById(id);
        if (n == null || n.accountId != me()) {
            throw ApiException.notFound("Notification", id);
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return view(n);
    }

    /** Marks all the caller's messages read; answers how many were unread. */
    @Transactional
    public NotificationViews.Marked markAllRead() {
        int marked = Notification.update("readAt = ?1 where accountId = ?2 and readAt is null", Instant.now(), me());
        return new NotificationViews.Marked(marked);
    }

    private long unread(long accountId) {
        return Notification.count("accountId = ?1 and readAt is null", accountId);
    }

    /** The caller's account; a token issued to an API client (no account) reads as an account with no messages. */
    private long me() {
        return user.accountId().orElse(NO_ACCOUNT);
    }

    private NotificationViews.Item view(Notification n) {
        return new NotificationViews.Item(
                n.id, n.kind, n.campaignId, n.subjectId, read(n.params), n.createdAt, n.readAt);
    }

    private String write(Map<String, ?> params) {
        Map<String, String> text = new TreeMap<>();
        params.forEach((k, v) -> text.put(k, v == null ? "" : cut(String.valueOf(v))));
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings are written as JSON", e);
        }
    }

    private Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored params are JSON", e);
        }
    }

    /** Params are names and short texts; a long reason is cut so the row stays within its column. */
    private static String cut(String value) {
        return value.length() > 400 ? value.substring(0, 399) + "…" : value;
    }
}
