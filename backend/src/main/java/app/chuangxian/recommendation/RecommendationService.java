package app.chuangxian.recommendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.commendation.CommendationLists;
import app.chuangxian.commendation.ObjectionStatus;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.persistence.RetryOnDeadlock;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.deliverable.DeliverableRef;
import app.chuangxian.deliverable.DeliverableService;
import app.chuangxian.deliverable.DeliverableStatus;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import app.chuangxian.organisation.OrganisationPaths;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recommending up the chain (ADR 018): the campaign's organisation recommends candidates into the campaign right
 * above within the quota it was allotted and before its deadline; the level above reviews each. Staff see a
 * recommendation from either end of its hop; a branch sees its own once the top has decided.
 */
@ApplicationScoped
public class RecommendationService {
    static final Map<String, String> SORTABLE = Map.of(
            "id", "id",
            "candidateName", "candidateName",
            "status", "status",
            "submittedAt", "submittedAt",
            "title", "title");

    @Inject
    CampaignAccess campaigns;

    @Inject
    CommendationLists commendation;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationPaths paths;

    @Inject
    CurrentUser user;

    @Inject
    CommitteeClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    DeliverableService deliverables;

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    public PageResult<RecommendationView> list(
            long campaignId,
            RecommendationDirection direction,
            RecommendationStatus status,
            RecommendationTitle title,
            String q,
            PageQuery paging) {
        Campaign campaign = campaigns.visible(campaignId);
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("c", campaign.id);
        if (user.isBranchScoped()) {
            // a branch learns the outcome for itself, once decided, from the campaign it took part in
            where.add("sourceCampaignId = :c and branchId = :own and status in :decided");
            params.and("own", campaigns.ownBranch())
                    .and("decided", List.of(RecommendationStatus.COMMENDED, RecommendationStatus.NOT_COMMENDED));
        } else {
            where.add(direction == RecommendationDirection.SENT ? "sourceCampaignId = :c" : "campaignId = :c");
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (title != null) {
            where.add("title = :title");
            params.and("title", title);
        }
        if (q != null && !q.isBlank()) {
            where.add("lower(candidateName) like :q");
            params.and("q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Sort sort = paging.resolveSort(SORTABLE, "id");
        var query = Recommendation.<Recommendation>find(String.join(" and ", where), sort, params);
        long total = query.count();
        return paging.result(views(query.page(paging.panachePage()).list()), total);
    }

    /** The recommendation with its objections and the rest of its chain the caller may see. */
    public RecommendationDetailView get(long id) {
        Recommendation r = readable(id);
        List<Recommendation> chain = new ArrayList<>();
        List<Long> below = new ArrayList<>();
        for (Long o = r.originId; o != null; ) {
            Recommendation lower = Recommendation.findById(o);
            if (lower == null) {
                break;
            }
            chain.add(0, lower);
            below.add(lower.id);
            o = lower.originId;
        }
        chain.add(r);
        for (Recommendation upper = r; upper != null; ) {
            upper = Recommendation.<Recommendation>find("originId", upper.id).firstResult();
            if (upper != null) {
                chain.add(upper);
            }
        }
        List<Recommendation> seen = chain.stream().filter(this::canRead).toList();
        List<RecommendationObjectionView> objections =
                RecommendationObjection.<RecommendationObjection>list("recommendationId = ?1 order by id", r.id)
                        .stream()
                        .map(RecommendationObjectionView::of)
                        .toList();
        return new RecommendationDetailView(views(List.of(r)).get(0), objections, views(seen));
    }

    /**
     * Recommends a candidate from the campaign into the campaign it adopts: within the quota and before the deadline
     * the level above set, a branch on this campaign's published commendation list (or one this level accepted from
     * below and announced), or a local committee below the recommender.
     */
    @RetryOnDeadlock
    @Transactional
    public RecommendationView create(long sourceCampaignId, RecommendationRequest request) {
        Campaign source = campaigns.visible(sourceCampaignId);
        if (source.parentCampaignId == null) {
            throw ApiException.conflict(
                    "NO_PARENT_CAMPAIGN",
                    "本活动不是上级活动的实施方案，无处推荐 — campaign " + source.id
                            + " adopts no campaign above it, so there is nothing to recommend into");
        }
        Campaign parent = campaigns.require(source.parentCampaignId);
        CampaignWrite.RECOMMENDATIONS.require(parent);
        Recommendation r = candidate(source, request);
        Quota quota = Quota.locked(parent.id, source.organisationId)
                .orElseThrow(() -> ApiException.conflict(
                        "NO_QUOTA",
                        "上级尚未分配推荐名额 — the campaign above (" + parent.id + ") has allotted your organisation no"
                                + " quota yet"));
        if (source.dayOf(clock).isAfter(quota.dueOn)) {
            throw ApiException.conflict(
                    "RECOMMENDATION_DEADLINE_PASSED",
                    "推荐截止日期 " + quota.dueOn + " 已过 — recommendations were due by " + quota.dueOn);
        }
        if (RecommendationNotice.of(parent.id).isPresent()) {
            throw closedAbove(parent.id);
        }
        long used =
                Quota.lockedUse(parent.id, source.organisationId)[r.title == RecommendationTitle.GRASSROOTS ? 0 : 1];
        int allowed = quota.of(r.title);
        if (used >= allowed) {
            throw ApiException.conflict(
                    "QUOTA_EXCEEDED",
                    "推荐名额已用完（" + used + "/" + allowed + "） — the quota for " + r.title + " is " + allowed + " and "
                            + used + " are recommended already");
        }
        if (Recommendation.count("campaignId = ?1 and candidateKey = ?2", parent.id, r.candidateKey) > 0) {
            throw ApiException.conflict(
                    "ALREADY_RECOMMENDED", r.candidateName + " 已被推荐 — is recommended into this campaign already");
        }
        r.campaignId = parent.id;
        r.sourceCampaignId = source.id;
        r.organisationId = source.organisationId;
        r.dossier = request.dossier().trim();
        r.submittedBy = user.username();
        r.submittedAt = Instant.now();
        r.persistAndFlush();
        changed(r, ChangeOperation.CREATED);
        link(r, request.evidence() == null && r.originId != null ? evidenceOf(r.originId) : request.evidence());
        return views(List.of(r)).get(0);
    }

    /** The recommender revises the dossier; a returned recommendation goes back for review. */
    @Transactional
    public RecommendationView revise(long id, DossierRequest request) {
        Recommendation r = sent(id);
        requireOpen(r);
        if (request.version() != r.version) {
            throw ApiException.staleVersion("Recommendation " + id);
        }
        r.dossier = request.dossier().trim();
        r.status = RecommendationStatus.SUBMITTED;
        r.submittedBy = user.username();
        r.submittedAt = Instant.now();
        Recommendation.flush();
        changed(r, ChangeOperation.UPDATED);
        if (request.evidence() != null) {
            link(r, request.evidence());
        }
        return views(List.of(r)).get(0);
    }

    /** The recommender takes back a recommendation not yet accepted; its place in the quota is free again. */
    @Transactional
    public void withdraw(long id) {
        Recommendation r = sent(id);
        requireOpen(r);
        link(r, List.of());
        r.delete();
        changed(r, ChangeOperation.DELETED);
    }

    /**
     * Reports a recommendation's new status to the change feed of the organisation that sent it, whose subtree and
     * the levels above read it.
     */
    void changed(Recommendation r, ChangeOperation operation) {
        changes.record(ChangeLog.Change.of(
                ChangedRecord.RECOMMENDATION,
                r.id,
                operation,
                operation == ChangeOperation.DELETED ? null : r.status,
                r.campaignId,
                r.branchId,
                r.organisationId));
    }

    /** The level above accepts a recommendation, or returns it with reasons for a fix. */
    @Transactional
    public RecommendationView review(long id, ReviewRequest request) {
        Recommendation r = received(id);
        if (RecommendationNotice.of(r.campaignId).isPresent()) {
            throw closedAbove(r.campaignId);
        }
        if (r.status != RecommendationStatus.SUBMITTED) {
            throw ApiException.conflict(
                    "NOT_SUBMITTED", "Recommendation " + id + " is " + r.status + "; only a submitted one is reviewed");
        }
        if (request.version() != r.version) {
            throw ApiException.staleVersion("Recommendation " + id);
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        if (request.decision() == ReviewDecision.RETURN && note == null) {
            throw ApiException.invalidField("note", "退回须说明理由 — say why it is returned");
        }
        r.status = request.decision() == ReviewDecision.ACCEPT
                ? RecommendationStatus.ACCEPTED
                : RecommendationStatus.RETURNED;
        r.reviewNote = note;
        r.reviewedBy = user.username();
        r.reviewedAt = Instant.now();
        Recommendation.flush();
        changed(r, ChangeOperation.UPDATED);
        if (r.status == RecommendationStatus.RETURNED) {
            notifications.toAdministrators(
                    r.organisationId,
                    NotificationKind.RECOMMENDATION_RETURNED,
                    r.sourceCampaignId,
                    r.id,
                    Map.of("candidate", r.candidateName, "reason", note));
        }
        return views(List.of(r)).get(0);
    }

    /** A recommendation the caller received (staff of the campaign it was sent into, or above), or 404. */
    Recommendation received(long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || user.isBranchScoped() || !campaigns.canSee(r.campaignId)) {
            throw ApiException.notFound("Recommendation", id);
        }
        CampaignWrite.RECOMMENDATIONS.require(campaigns.require(r.campaignId));
        return r;
    }

    /** A recommendation the caller's organisation (or one below it) sent, or 404. */
    private Recommendation sent(long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || user.isBranchScoped() || !campaigns.canSee(r.sourceCampaignId)) {
            throw ApiException.notFound("Recommendation", id);
        }
        CampaignWrite.RECOMMENDATIONS.require(campaigns.require(r.campaignId));
        return r;
    }

    private Recommendation readable(long id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || !canRead(r)) {
            throw ApiException.notFound("Recommendation", id);
        }
        return r;
    }

    /**
     * Staff read a recommendation from either end of its hop; a branch reads its own once the top has decided (until
     * then only the levels on its path see it).
     */
    private boolean canRead(Recommendation r) {
        if (user.isBranchScoped()) {
            return r.status.decided()
                    && r.branchId != null
                    && r.branchId == campaigns.ownBranch()
                    && campaigns.canSee(r.sourceCampaignId);
        }
        return campaigns.canSee(r.campaignId) || campaigns.canSee(r.sourceCampaignId);
    }

    private static void requireOpen(Recommendation r) {
        if (r.status != RecommendationStatus.SUBMITTED && r.status != RecommendationStatus.RETURNED) {
            throw ApiException.conflict(
                    "RECOMMENDATION_NOT_EDITABLE",
                    "Recommendation " + r.id + " is " + r.status + "; only a submitted or returned one changes");
        }
        if (RecommendationNotice.of(r.campaignId).isPresent()) {
            throw closedAbove(r.campaignId);
        }
    }

    private static ApiException closedAbove(long campaignId) {
        return ApiException.conflict(
                "RECOMMENDATIONS_CLOSED",
                "上级已开始公示，推荐与审核已结束 — campaign " + campaignId
                        + " has opened its public notice; recommendations into it are closed");
    }

    /** The candidate of the request, checked against the recommender's subtree and what it may recommend. */
    private Recommendation candidate(Campaign source, RecommendationRequest request) {
        Recommendation r = new Recommendation();
        r.title = request.title();
        String mine = paths.of(source.organisationId).orElseThrow();
        if (request.title() == RecommendationTitle.GRASSROOTS) {
            if (request.branchId() == null) {
                throw ApiException.invalidField("branchId", "推荐先进基层组织须选择基层组织 — a branch is required");
            }
            if (request.organisationId() != null) {
                throw ApiException.invalidField("organisationId", "must be empty when a branch is recommended");
            }
            Object[] branch = branch(request.branchId());
            if (branch == null || !((String) branch[1]).startsWith(mine)) {
                throw ApiException.invalidField(
                        "branchId",
                        "不是本组织所属的基层组织 — branch " + request.branchId() + " is not of your organisation or below");
            }
            r.branchId = request.branchId();
            r.candidateName = (String) branch[0];
        } else {
            if (request.organisationId() == null) {
                throw ApiException.invalidField("organisationId", "推荐先进地方组织须选择地方组织 — a local committee is required");
            }
            if (request.branchId() != null) {
                throw ApiException.invalidField("branchId", "must be empty when a local committee is recommended");
            }
            String theirs = paths.of(request.organisationId()).orElse(null);
            if (theirs == null || !theirs.startsWith(mine) || theirs.equals(mine)) {
                throw ApiException.invalidField(
                        "organisationId",
                        "不是本组织下属的地方组织 — organisation " + request.organisationId() + " is not below yours");
            }
            r.candidateOrganisationId = request.organisationId();
            r.candidateName =
                    organisations.ref(request.organisationId()).orElseThrow().name();
        }
        r.candidateKey = Recommendation.keyOf(r.branchId, r.candidateOrganisationId);
        Recommendation origin = Recommendation.<Recommendation>find(
                        "campaignId = ?1 and candidateKey = ?2", source.id, r.candidateKey)
                .firstResult();
        if (origin != null) {
            // carried up from below: accepted here and through this level's notice
            RecommendationNotice notice = RecommendationNotice.of(source.id).orElse(null);
            if (origin.status != RecommendationStatus.ACCEPTED
                    || notice == null
                    || notice.status != NoticeStatus.CLOSED) {
                throw ApiException.conflict(
                        "NOT_COMMENDED_HERE",
                        r.candidateName + " 须经本级审核通过并公示结束后方可上报 — a candidate recommended from below is"
                                + " carried up once this level accepted it and closed its public notice");
            }
            r.originId = origin.id;
            r.commendedInCampaignId = origin.commendedInCampaignId;
        } else if (r.branchId != null) {
            if (!commendation.commended(source.id, r.branchId)) {
                throw ApiException.conflict(
                        "NOT_COMMENDED_HERE",
                        r.candidateName + " 不在本活动已公布的表彰名单上 — a branch is recommended once it is on the"
                                + " campaign's published commendation list");
            }
            r.commendedInCampaignId = source.id;
        }
        return r;
    }

    /** The branch's name and its organisation's path, or null. */
    private Object[] branch(long branchId) {
        List<?> rows = em.createNativeQuery(
                        "select b.name, o.path from branches b join organisations o on o.id = b.organisation_id"
                                + " where b.id = :id")
                .setParameter("id", branchId)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /**
     * Links the deliverables as the recommendation's evidence, replacing those linked before: each must be the
     * candidate branch's, accepted in the campaign that commended it.
     */
    private void link(Recommendation r, List<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().distinct().toList();
        Map<Long, DeliverableRef> refs = deliverables.refs(wanted);
        for (Long id : wanted) {
            DeliverableRef d = refs.get(id);
            if (d == null
                    || r.branchId == null
                    || d.branchId() != r.branchId
                    || r.commendedInCampaignId == null
                    || d.campaignId() != r.commendedInCampaignId
                    || d.status() != DeliverableStatus.ACCEPTED) {
                throw ApiException.invalidField(
                        "evidence",
                        "材料 " + id + " 不是该基层组织在表彰它的活动中已通过的材料 — deliverable " + id
                                + " is not one the candidate branch had accepted in the campaign that commended it");
            }
        }
        em.createNativeQuery("delete from recommendation_evidence where recommendation_id = :r")
                .setParameter("r", r.id)
                .executeUpdate();
        for (Long id : wanted) {
            em.createNativeQuery(
                            "insert into recommendation_evidence (recommendation_id, deliverable_id) values (:r, :d)")
                    .setParameter("r", r.id)
                    .setParameter("d", id)
                    .executeUpdate();
        }
    }

    private List<Long> evidenceOf(long recommendationId) {
        return evidence(List.of(recommendationId)).getOrDefault(recommendationId, List.of());
    }

    /** The deliverable ids linked to each of the recommendations, in one query. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<Long>> evidence(Collection<Long> recommendationIds) {
        Map<Long, List<Long>> linked = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select recommendation_id, deliverable_id from recommendation_evidence"
                                + " where recommendation_id in (:ids) order by deliverable_id")
                        .setParameter("ids", recommendationIds)
                        .getResultList())
                .forEach(row -> linked.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                        .add(((Number) row[1]).longValue()));
        return linked;
    }

    /** Views of the recommendations, with recommenders and open objections read in one query each. */
    List<RecommendationView> views(List<Recommendation> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationRef> recommenders = organisations.refs(
                rows.stream().map(r -> r.organisationId).distinct().toList());
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, Long> open = openObjections(ids);
        Map<Long, List<Long>> linked = evidence(ids);
        Map<Long, DeliverableRef> refs = deliverables.refs(
                linked.values().stream().flatMap(List::stream).distinct().toList());
        return rows.stream()
                .map(r -> new RecommendationView(
                        r.id,
                        r.campaignId,
                        r.sourceCampaignId,
                        recommenders.get(r.organisationId),
                        r.title,
                        r.branchId,
                        r.candidateOrganisationId,
                        r.candidateName,
                        r.originId,
                        r.commendedInCampaignId,
                        r.dossier,
                        linked.getOrDefault(r.id, List.of()).stream()
                                .map(refs::get)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        r.status,
                        r.reviewNote,
                        r.reviewedBy,
                        r.reviewedAt,
                        r.submittedBy,
                        r.submittedAt,
                        r.decisionNumber,
                        r.decisionDate,
                        open.getOrDefault(r.id, 0L),
                        r.version))
                .toList();
    }

    private Map<Long, Long> openObjections(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select o.recommendationId, count(o) from RecommendationObjection o"
                                + " where o.recommendationId in :ids and o.status = :open group by o.recommendationId",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("open", ObjectionStatus.OPEN)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
