package app.chuangxian.assessment.results;

import app.chuangxian.assessment.consensus.ConsensusResult;
import app.chuangxian.audit.AuditLog;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.ResultsReopening;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.campaign.Standard;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ranking and its visibility: staff only until published; finalising needs a consensus for every flagged branch. */
@ApplicationScoped
public class ResultsService {
    @Inject
    ChangeLog changes;

    static final Map<String, String> SORT =
            Map.of("id", "r.pos", "rank", "r.pos", "total", "r.total", "branchCode", "r.code", "branchName", "r.name");

    @Inject
    Event<ResultsReopening> reopening;

    @Inject
    NotificationService notifications;

    @Inject
    CampaignAccess campaigns;

    @Inject
    ResultsQueries query;

    @Inject
    Eligibility eligibility;

    @Inject
    CurrentUser user;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    AuditLog audit;

    public record Ranking(PageResult<ResultView> page, ResultsStatus status) {}

    public Ranking list(long campaignId, Boolean flagged, PageQuery paging) {
        Campaign campaign = visibleCampaign(campaignId);
        ResultSnapshot snapshot = snapshotOf(campaign);
        if (snapshot != null) {
            return new Ranking(
                    snapshots.page(snapshot, flagged, paging, this::seesStandardsOf), campaign.resultsStatus);
        }
        List<Standard> standards = campaigns.standards(campaignId);
        String order = SqlSort.orderBy(paging.resolveSort(SORT, "rank"), "r.pos");
        ResultsQueries.Filter filter = new ResultsQueries.Filter(null, flagged, null);
        List<ResultsQueries.Row> rows = query.ranking(
                campaignId,
                campaign.aggregationMethod,
                firstStandard(standards),
                filter,
                order,
                (paging.page - 1) * paging.size,
                paging.size);
        long total = rows.isEmpty()
                ? countOnly(campaign, standards, filter)
                : rows.get(0).totalRows();
        List<Long> detailed = rows.stream()
                .map(ResultsQueries.Row::branchId)
                .filter(this::seesStandardsOf)
                .toList();
        Map<Long, Map<Long, BigDecimal>> scores = standardScores(campaign, detailed);
        Map<Long, List<String>> reasons = eligibility.reasons(
                campaignId, rows.stream().map(ResultsQueries.Row::branchId).toList());
        List<ResultView> items = rows.stream()
                .map(r -> view(
                        r,
                        standards,
                        scores.get(r.branchId()),
                        detailed.contains(r.branchId()),
                        reasons.get(r.branchId())))
                .toList();
        return new Ranking(paging.result(items, total), campaign.resultsStatus);
    }

    /** One branch's line with its per-standard scores; 404 for a branch outside the campaign or another branch's account. */
    public ResultView one(Campaign campaign, long branchId) {
        ResultSnapshot snapshot = snapshotOf(campaign);
        if (snapshot != null) {
            ResultSnapshotRow line = snapshots.line(snapshot, branchId);
            if (line == null || !user.canSeeBranch(branchId)) {
                throw ApiException.notFound("Result of branch", branchId);
            }
            return line.line.result();
        }
        List<Standard> standards = campaigns.standards(campaign.id);
        List<ResultsQueries.Row> rows = query.ranking(
                campaign.id,
                campaign.aggregationMethod,
                firstStandard(standards),
                new ResultsQueries.Filter(branchId, null, null),
                "r.pos",
                0,
                1);
        if (rows.isEmpty() || !user.canSeeBranch(branchId)) {
            throw ApiException.notFound("Result of branch", branchId);
        }
        Map<Long, Map<Long, BigDecimal>> scores = standardScores(campaign, List.of(branchId));
        return view(
                rows.get(0),
                standards,
                scores.get(branchId),
                true,
                eligibility.reasons(campaign.id, List.of(branchId)).get(branchId));
    }

    @Transactional
    public ResultsStatusView finalise(long campaignId, long version) {
        Campaign campaign = versioned(campaignId, version);
        List<ResultsQueries.Row> missing = query.ranking(
                campaignId,
                campaign.aggregationMethod,
                firstStandard(campaigns.standards(campaignId)),
                new ResultsQueries.Filter(null, null, true),
                "r.code",
                0,
                100000);
        if (!missing.isEmpty()) {
            throw ApiException.conflict(
                    "CONSENSUS_MISSING",
                    missing.size() + " branches flagged for disagreement have no" + " consensus result: "
                            + missing.stream()
                                    .map(r -> r.code() + " " + r.name())
                                    .collect(Collectors.joining(", ")));
        }
        campaign.resultsStatus = ResultsStatus.FINALISED;
        ResultSnapshot snapshot = snapshots.store(campaign, user.username());
        audit.record("RESULTS_FINALISED", "Campaign", campaign.id, "snapshot " + snapshot.snapshotVersion);
        Campaign.flush();
        changes.record(ChangeLog.Change.results(campaign.id, campaign.resultsStatus, campaign.organisationId));
        return new ResultsStatusView(campaign.id, campaign.resultsStatus, campaign.version);
    }

    @Transactional
    public ResultsStatusView publish(long campaignId, long version) {
        Campaign campaign = versioned(campaignId, version);
        campaign.resultsStatus = ResultsStatus.PUBLISHED;
        Campaign.flush();
        changes.record(ChangeLog.Change.results(campaign.id, campaign.resultsStatus, campaign.organisationId));
        notifications.toParticipants(
                campaignId, NotificationKind.RESULTS_PUBLISHED, Map.of("campaign", campaign.title));
        return new ResultsStatusView(campaign.id, campaign.resultsStatus, campaign.version);
    }

    /**
     * Takes finalised or published results back to open scoring: the current snapshot is superseded (it stays
     * readable with who reopened it and why) and the next finalise stores the next version.
     */
    @Transactional
    public ResultsStatusView reopen(long campaignId, long version, String reason) {
        Campaign campaign = versioned(campaignId, version);
        reopening.fire(new ResultsReopening(campaignId));
        ResultSnapshot current = ResultSnapshot.current(campaignId);
        if (current != null) {
            current.supersededAt = java.time.Instant.now();
            current.supersededBy = user.username();
            current.supersededReason = reason.strip();
        }
        campaign.resultsStatus = ResultsStatus.OPEN;
        audit.record(
                "RESULTS_REOPENED",
                "Campaign",
                campaign.id,
                "snapshot " + (current == null ? "-" : current.snapshotVersion) + " superseded: " + reason.strip());
        Campaign.flush();
        changes.record(ChangeLog.Change.results(campaign.id, campaign.resultsStatus, campaign.organisationId));
        return new ResultsStatusView(campaign.id, campaign.resultsStatus, campaign.version);
    }

    public ResultSnapshotView snapshot(long campaignId, long snapshotVersion, PageQuery paging) {
        campaigns.visible(campaignId);
        ResultSnapshot snapshot = ResultSnapshot.find("campaignId = ?1 and snapshotVersion = ?2", campaignId, (int)
                        Math.min(snapshotVersion, Integer.MAX_VALUE))
                .firstResult();
        if (snapshot == null) {
            throw ApiException.notFound("Result snapshot", snapshotVersion);
        }
        return ResultSnapshotView.of(snapshot, snapshots.page(snapshot, null, paging, b -> true));
    }

    /** The stored ranking results are read from once they are finalised; null while scoring is open. */
    static ResultSnapshot snapshotOf(Campaign campaign) {
        return campaign.resultsStatus == ResultsStatus.OPEN ? null : ResultSnapshot.current(campaign.id);
    }

    /** The campaign, if the caller may see its results: staff always, everyone else once published. */
    public Campaign visibleCampaign(long campaignId) {
        Campaign campaign = campaigns.visible(campaignId);
        if (!user.isAdmin() && campaign.resultsStatus != ResultsStatus.PUBLISHED) {
            throw ApiException.forbidden(
                    "RESULTS_NOT_PUBLISHED", "The results of campaign " + campaignId + " are not published yet");
        }
        return campaign;
    }

    /** Aggregated standard scores, replaced by the consensus where one exists. */
    Map<Long, Map<Long, BigDecimal>> standardScores(Campaign campaign, List<Long> branchIds) {
        Map<Long, Map<Long, BigDecimal>> scores =
                query.standardScores(campaign.id, campaign.aggregationMethod, branchIds);
        if (!branchIds.isEmpty()) {
            ConsensusResult.<ConsensusResult>list("campaignId = ?1 and branchId in ?2", campaign.id, branchIds)
                    .forEach(c -> {
                        Map<Long, BigDecimal> agreed = new HashMap<>();
                        c.scores.forEach(s -> agreed.put(s.standardId, ResultsQueries.decimal(s.points)));
                        scores.put(c.branchId, agreed);
                    });
        }
        return scores;
    }

    private boolean seesStandardsOf(long branchId) {
        return !user.isBranchScoped() || user.canSeeBranch(branchId);
    }

    private long countOnly(Campaign campaign, List<Standard> standards, ResultsQueries.Filter filter) {
        List<ResultsQueries.Row> first =
                query.ranking(campaign.id, campaign.aggregationMethod, firstStandard(standards), filter, "r.pos", 0, 1);
        return first.isEmpty() ? 0 : first.get(0).totalRows();
    }

    private Campaign versioned(long campaignId, long version) {
        Campaign campaign = campaigns.visible(campaignId);
        if (campaign.version != version) {
            throw ApiException.staleVersion("Campaign " + campaignId);
        }
        return campaign;
    }

    static long firstStandard(List<Standard> standards) {
        return standards.isEmpty() ? -1L : standards.get(0).id;
    }

    static ResultView view(
            ResultsQueries.Row r,
            List<Standard> standards,
            Map<Long, BigDecimal> scores,
            boolean detailed,
            List<String> reasons) {
        List<ResultView.StandardScore> lines = !detailed || scores == null
                ? null
                : standards.stream()
                        .map(s -> new ResultView.StandardScore(s.id, s.code, s.name, scores.get(s.id), s.maxPoints))
                        .toList();
        return new ResultView(
                r.branchId(),
                r.code(),
                r.name(),
                r.rank(),
                r.position(),
                r.total(),
                r.grade(),
                r.sheets(),
                r.flagged(),
                r.consensus(),
                reasons == null,
                reasons == null ? List.of() : reasons,
                lines);
    }
}
