package app.chuangxian.assessment.results;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Standard;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Stores the ranking at finalise and reads it back: once results are finalised, every reader (ranking, exports,
 * feedback, commendation) gets these stored lines, never a recomputation.
 */
@ApplicationScoped
public class ResultSnapshots {
    static final Map<String, String> SORT = Map.of(
            "id",
            "position",
            "rank",
            "position",
            "total",
            "total",
            "branchCode",
            "branchCode",
            "branchName",
            "branchName");
    private static final int ALL = 1_000_000;

    @Inject
    ResultsQueries query;

    @Inject
    ResultsService results;

    @Inject
    CampaignAccess campaigns;

    @Inject
    Eligibility eligibility;

    @Inject
    EntityManager em;

    /** Stores the next snapshot version of the campaign's ranking as it is now. */
    public ResultSnapshot store(Campaign campaign, String by) {
        List<Standard> standards = campaigns.standards(campaign.id);
        List<ResultsQueries.Row> rows = query.ranking(
                campaign.id,
                campaign.aggregationMethod,
                ResultsService.firstStandard(standards),
                new ResultsQueries.Filter(null, null, null),
                "r.pos",
                0,
                ALL);
        Map<Long, Map<Long, java.math.BigDecimal>> scores = results.standardScores(
                campaign, rows.stream().map(ResultsQueries.Row::branchId).toList());
        Map<Long, List<String>> reasons = eligibility.reasons(campaign.id);
        Map<Long, List<Long>> counted = countedScoresheets(campaign);
        Map<String, String> gradeCodes = new HashMap<>();
        campaigns.grades(campaign.id).forEach(g -> gradeCodes.put(g.name, g.code));
        ResultSnapshot previous = ResultSnapshot.find("campaignId = ?1 order by snapshotVersion desc", campaign.id)
                .firstResult();
        ResultSnapshot snapshot = new ResultSnapshot();
        snapshot.campaignId = campaign.id;
        snapshot.snapshotVersion = previous == null ? 1 : previous.snapshotVersion + 1;
        snapshot.aggregationMethod = campaign.aggregationMethod;
        snapshot.disagreementThreshold = campaign.disagreementThreshold;
        snapshot.scoresheetsCounted =
                counted.values().stream().mapToInt(List::size).sum();
        snapshot.finalisedBy = by;
        snapshot.finalisedAt = Instant.now();
        snapshot.persist();
        for (ResultsQueries.Row r : rows) {
            ResultSnapshotRow row = new ResultSnapshotRow();
            row.snapshotId = snapshot.id;
            row.branchId = r.branchId();
            row.position = (int) r.position();
            row.total = r.total();
            row.branchCode = r.code();
            row.branchName = r.name();
            row.flagged = r.flagged();
            ResultView view =
                    ResultsService.view(r, standards, scores.get(r.branchId()), true, reasons.get(r.branchId()));
            row.line = new ResultSnapshotRow.Line(
                    view,
                    r.grade() == null ? null : gradeCodes.get(r.grade()),
                    counted.getOrDefault(r.branchId(), List.of()));
            row.persist();
        }
        return snapshot;
    }

    /** A page of a snapshot's lines; per-standard scores only where {@code seesStandards} says the caller may see them. */
    public PageResult<ResultView> page(
            ResultSnapshot snapshot, Boolean flagged, PageQuery paging, LongPredicate seesStandards) {
        PanacheQuery<ResultSnapshotRow> q = flagged == null
                ? ResultSnapshotRow.find("snapshotId = ?1", paging.resolveSort(SORT, "rank"), snapshot.id)
                : ResultSnapshotRow.find(
                        "snapshotId = ?1 and flagged = ?2", paging.resolveSort(SORT, "rank"), snapshot.id, flagged);
        long total = q.count();
        List<ResultView> items = q.page(paging.panachePage()).list().stream()
                .map(r -> shown(r.line.result(), seesStandards.test(r.branchId)))
                .toList();
        return paging.result(items, total);
    }

    /** Every line of a snapshot in ranking order. */
    public List<ResultSnapshotRow> lines(ResultSnapshot snapshot) {
        return ResultSnapshotRow.list("snapshotId = ?1 order by position", snapshot.id);
    }

    public ResultSnapshotRow line(ResultSnapshot snapshot, long branchId) {
        return ResultSnapshotRow.find("snapshotId = ?1 and branchId = ?2", snapshot.id, branchId)
                .firstResult();
    }

    static ResultView shown(ResultView v, boolean withStandards) {
        return withStandards
                ? v
                : new ResultView(
                        v.branchId(),
                        v.branchCode(),
                        v.branchName(),
                        v.rank(),
                        v.position(),
                        v.total(),
                        v.grade(),
                        v.scoresheets(),
                        v.disagreement(),
                        v.consensus(),
                        v.eligible(),
                        v.ineligibleReasons(),
                        null);
    }

    /** The submitted scoresheets the aggregation method counted, per branch. */
    private Map<Long, List<Long>> countedScoresheets(Campaign campaign) {
        List<?> rows = em.createNativeQuery(ResultsQueries.sheetsCte(campaign.aggregationMethod, false)
                        + " select id, branch_id from counted order by branch_id, id")
                .setParameter("c", campaign.id)
                .getResultList();
        Map<Long, List<Long>> out = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(ResultsQueries.num(r[1]), k -> new ArrayList<>())
                    .add(ResultsQueries.num(r[0]));
        }
        out.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return out;
    }
}
