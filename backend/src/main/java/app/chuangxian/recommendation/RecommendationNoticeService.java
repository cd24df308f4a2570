package app.chuangxian.recommendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.commendation.NoticeRules;
import app.chuangxian.commendation.ObjectionStatus;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A level's public notice (公示) of the recommendations it accepted, with the commendation module's rules
 * ({@link NoticeRules}): objections while it runs, closing only after its last day and with none open. Closing lets
 * the level recommend up; at the top of the chain it is the decision, written onto every recommendation of the
 * chain below, where every level and the branch read it.
 */
@ApplicationScoped
public class RecommendationNoticeService {
    @Inject
    CampaignAccess campaigns;

    @Inject
    RecommendationService recommendations;

    @Inject
    CurrentUser user;

    @Inject
    CommitteeClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    public RecommendationRoundView round(long campaignId) {
        return round(campaigns.visible(campaignId));
    }

    @Transactional
    public RecommendationRoundView open(long campaignId, RecommendationNoticeRequest request) {
        Campaign campaign = campaigns.visible(campaignId);
        if (RecommendationNotice.of(campaign.id).isPresent()) {
            throw ApiException.conflict("NOTICE_EXISTS", "本级推荐已公示 — the recommendations were announced already");
        }
        Map<RecommendationStatus, Long> counts = counts(campaign.id);
        long pending = counts.getOrDefault(RecommendationStatus.SUBMITTED, 0L);
        if (pending > 0) {
            throw ApiException.conflict(
                    "RECOMMENDATIONS_PENDING",
                    "还有 " + pending + " 项推荐待审核 — " + pending + " recommendation(s) await review");
        }
        if (counts.getOrDefault(RecommendationStatus.ACCEPTED, 0L) == 0) {
            throw ApiException.conflict("NOTHING_TO_ANNOUNCE", "尚无审核通过的推荐 — no recommendation has been accepted");
        }
        NoticeRules.requireWindow(
                request.startsOn(),
                request.endsOn(),
                clock.today(),
                campaign.recordedAsOf != null,
                campaign.noticeMinWorkingDays);
        RecommendationNotice notice = new RecommendationNotice();
        notice.campaignId = campaign.id;
        notice.startsOn = request.startsOn();
        notice.endsOn = request.endsOn();
        notice.text = request.text().trim();
        notice.persistAndFlush();
        return round(campaign);
    }

    /** Closes the notice; at the top of the chain this is the decision, which flows down the whole chain. */
    @Transactional
    public RecommendationRoundView close(long campaignId, NoticeCloseRequest request) {
        Campaign campaign = campaigns.visible(campaignId);
        RecommendationNotice notice = running(campaign.id);
        if (request.version() != notice.version) {
            throw ApiException.staleVersion("Notice of campaign " + campaignId);
        }
        NoticeRules.requireEnded(notice.endsOn, clock.today());
        long open = RecommendationObjection.count(
                "status = ?1 and recommendationId in (select r.id from Recommendation r where r.campaignId = ?2)",
                ObjectionStatus.OPEN,
                campaign.id);
        if (open > 0) {
            throw ApiException.conflict("OBJECTIONS_OPEN", open + " objection(s) unresolved");
        }
        boolean top = campaign.parentCampaignId == null;
        String number =
                request.decisionNumber() == null || request.decisionNumber().isBlank()
                        ? null
                        : request.decisionNumber().trim();
        if (top && number == null) {
            throw ApiException.invalidField("decisionNumber", "表彰决定须有文号 — the decision needs its document number");
        }
        if (top && request.decisionDate() == null) {
            throw ApiException.invalidField("decisionDate", "表彰决定须有日期 — the decision needs its date");
        }
        notice.status = NoticeStatus.CLOSED;
        notice.closedBy = user.username();
        notice.closedAt = Instant.now();
        notice.decisionNumber = number;
        notice.decisionDate = request.decisionDate();
        RecommendationNotice.flush();
        if (top) {
            decide(campaign.id, number, request.decisionDate());
        }
        return round(campaign);
    }

    @Transactional
    public RecommendationObjectionView object(long recommendationId, RecommendationObjectionRequest request) {
        Recommendation r = recommendations.received(recommendationId);
        RecommendationNotice notice = running(r.campaignId);
        NoticeRules.requireRunning(notice.startsOn, notice.endsOn, clock.today());
        if (r.status != RecommendationStatus.ACCEPTED) {
            throw ApiException.conflict(
                    "RECOMMENDATION_NOT_ANNOUNCED",
                    "Recommendation " + r.id + " is " + r.status + "; objections concern the accepted ones announced");
        }
        RecommendationObjection o = new RecommendationObjection();
        o.recommendationId = r.id;
        o.raisedBy = request.raisedBy() == null || request.raisedBy().isBlank()
                ? null
                : request.raisedBy().trim();
        o.receivedOn = clock.today();
        o.content = request.content().trim();
        o.recordedBy = user.username();
        o.persistAndFlush();
        return RecommendationObjectionView.of(o);
    }

    /** Records how an objection was handled; upheld, it takes the recommendation off the notice (REJECTED). */
    @Transactional
    public RecommendationObjectionView resolve(
            long recommendationId, long objectionId, ObjectionResolutionRequest request) {
        Recommendation r = recommendations.received(recommendationId);
        RecommendationObjection o = RecommendationObjection.findById(objectionId);
        if (o == null || !o.recommendationId.equals(r.id)) {
            throw ApiException.notFound("Objection", objectionId);
        }
        running(r.campaignId);
        if (request.version() != o.version) {
            throw ApiException.staleVersion("Objection " + objectionId);
        }
        o.handling = request.handling().trim();
        o.outcome = request.outcome().trim();
        o.upheld = request.upheld();
        if (o.status == ObjectionStatus.OPEN) {
            o.status = ObjectionStatus.RESOLVED;
            o.resolvedAt = Instant.now();
        }
        RecommendationObjection.flush();
        RecommendationStatus before = r.status;
        if (o.upheld && r.status == RecommendationStatus.ACCEPTED) {
            r.status = RecommendationStatus.REJECTED;
        } else if (!o.upheld
                && r.status == RecommendationStatus.REJECTED
                && RecommendationObjection.count("recommendationId = ?1 and upheld = true", r.id) == 0) {
            r.status = RecommendationStatus.ACCEPTED;
        }
        Recommendation.flush();
        if (r.status != before) {
            recommendations.changed(r, ChangeOperation.UPDATED);
        }
        return RecommendationObjectionView.of(o);
    }

    /** The campaign's notice while it runs, or 409. */
    private RecommendationNotice running(long campaignId) {
        RecommendationNotice notice = RecommendationNotice.of(campaignId)
                .orElseThrow(() -> ApiException.conflict(
                        "NOTICE_NOT_RUNNING", "本级推荐尚未公示 — the recommendations have not been announced"));
        if (notice.status == NoticeStatus.CLOSED) {
            throw ApiException.conflict("NOTICE_CLOSED", "本级推荐公示已结束 — the notice is closed");
        }
        CampaignWrite.RECOMMENDATIONS.require(campaigns.require(campaignId));
        return notice;
    }

    /**
     * The decision: every recommendation accepted at the top is COMMENDED, and so is each one below it that it carried
     * up; everything else still waiting anywhere in the chain is NOT_COMMENDED. Each row keeps the decision's number
     * and date: what was decided is read from there.
     */
    private void decide(long topCampaignId, String number, LocalDate date) {
        List<Long> chain = new ArrayList<>();
        List<Long> level = em.createQuery(
                        "select r.id from Recommendation r where r.campaignId = :c and r.status = :accepted",
                        Long.class)
                .setParameter("c", topCampaignId)
                .setParameter("accepted", RecommendationStatus.ACCEPTED)
                .getResultList();
        while (!level.isEmpty()) {
            chain.addAll(level);
            level = em.createQuery(
                            "select r.originId from Recommendation r where r.id in :ids and r.originId is not null",
                            Long.class)
                    .setParameter("ids", level)
                    .getResultList();
        }
        Instant now = Instant.now();
        if (!chain.isEmpty()) {
            em.createQuery("update Recommendation r set r.status = :s, r.decisionNumber = :n, r.decisionDate = :d,"
                            + " r.version = r.version + 1, r.updatedAt = :now where r.id in :ids")
                    .setParameter("s", RecommendationStatus.COMMENDED)
                    .setParameter("n", number)
                    .setParameter("d", date)
                    .setParameter("now", now)
                    .setParameter("ids", chain)
                    .executeUpdate();
        }
        List<Long> all = new ArrayList<>(campaigns.descendants(topCampaignId));
        all.add(topCampaignId);
        List<Long> notCommended = em.createQuery(
                        "select r.id from Recommendation r where r.campaignId in :campaigns and r.status in :waiting",
                        Long.class)
                .setParameter("campaigns", all)
                .setParameter(
                        "waiting",
                        List.of(
                                RecommendationStatus.SUBMITTED,
                                RecommendationStatus.RETURNED,
                                RecommendationStatus.ACCEPTED))
                .getResultList();
        if (!notCommended.isEmpty()) {
            em.createQuery("update Recommendation r set r.status = :s, r.decisionNumber = :n, r.decisionDate = :d,"
                            + " r.version = r.version + 1, r.updatedAt = :now where r.id in :ids")
                    .setParameter("s", RecommendationStatus.NOT_COMMENDED)
                    .setParameter("n", number)
                    .setParameter("d", date)
                    .setParameter("now", now)
                    .setParameter("ids", notCommended)
                    .executeUpdate();
        }
        List<Long> decided = new ArrayList<>(chain);
        decided.addAll(notCommended);
        changes.recordUpdates(ChangedRecord.RECOMMENDATION, "recommendations", decided);
        em.clear(); // the bulk updates bypassed the loaded records
        announce(all, number, date);
    }

    /**
     * Tells the outcome to each organisation that recommended a candidate, and to each branch recommended: one message
     * per row of the chain (a decision is taken once).
     */
    private void announce(List<Long> campaignIds, String number, LocalDate date) {
        List<Recommendation> decided = Recommendation.list(
                "campaignId in ?1 and decisionNumber = ?2 and status in ?3",
                campaignIds,
                number,
                List.of(RecommendationStatus.COMMENDED, RecommendationStatus.NOT_COMMENDED));
        for (Recommendation r : decided) {
            Map<String, String> params = Map.of(
                    "candidate",
                    r.candidateName,
                    "outcome",
                    r.status.name(),
                    "decisionNumber",
                    number,
                    "decisionDate",
                    date.toString());
            notifications.toAdministrators(
                    r.organisationId, NotificationKind.RECOMMENDATION_DECIDED, r.sourceCampaignId, r.id, params);
            if (r.branchId != null && r.originId == null) {
                notifications.toBranch(
                        r.branchId, NotificationKind.RECOMMENDATION_DECIDED, r.sourceCampaignId, r.id, params);
            }
        }
    }

    private RecommendationRoundView round(Campaign campaign) {
        Map<RecommendationStatus, Long> counts = counts(campaign.id);
        RecommendationNotice notice = RecommendationNotice.of(campaign.id).orElse(null);
        Quota quota = campaign.parentCampaignId == null
                ? null
                : Quota.of(campaign.parentCampaignId, campaign.organisationId).orElse(null);
        long[] sent = sent(campaign.id);
        RoundStatus status = notice == null
                ? RoundStatus.COLLECTING
                : notice.status == NoticeStatus.CLOSED ? RoundStatus.CLOSED : RoundStatus.NOTICE;
        return new RecommendationRoundView(
                campaign.id,
                campaign.parentCampaignId == null,
                status,
                notice == null ? null : notice.startsOn,
                notice == null ? null : notice.endsOn,
                notice == null ? null : notice.text,
                notice == null ? null : notice.version,
                notice == null ? null : notice.closedBy,
                notice == null ? null : notice.closedAt,
                notice == null ? null : notice.decisionNumber,
                notice == null ? null : notice.decisionDate,
                counts.getOrDefault(RecommendationStatus.SUBMITTED, 0L),
                counts.getOrDefault(RecommendationStatus.RETURNED, 0L),
                counts.getOrDefault(RecommendationStatus.ACCEPTED, 0L),
                counts.getOrDefault(RecommendationStatus.REJECTED, 0L),
                counts.getOrDefault(RecommendationStatus.COMMENDED, 0L),
                counts.getOrDefault(RecommendationStatus.NOT_COMMENDED, 0L),
                campaign.parentCampaignId,
                quota == null ? null : quota.grassroots,
                quota == null ? null : quota.local,
                quota == null ? null : quota.dueOn,
                sent[0],
                sent[1]);
    }

    /** The campaign's received recommendations per status, in one query. */
    private Map<RecommendationStatus, Long> counts(long campaignId) {
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        em.createQuery(
                        "select r.status, count(r) from Recommendation r where r.campaignId = :c group by r.status",
                        Object[].class)
                .setParameter("c", campaignId)
                .getResultList()
                .forEach(row -> counts.put((RecommendationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Branches and local committees the campaign recommended up (rejected ones not counted), in one query. */
    private long[] sent(long campaignId) {
        long[] sent = new long[2];
        em.createQuery(
                        "select r.title, count(r) from Recommendation r where r.sourceCampaignId = :c"
                                + " and r.status <> :rejected group by r.title",
                        Object[].class)
                .setParameter("c", campaignId)
                .setParameter("rejected", RecommendationStatus.REJECTED)
                .getResultList()
                .forEach(row -> sent[row[0] == RecommendationTitle.GRASSROOTS ? 0 : 1] = (Long) row[1]);
        return sent;
    }
}
