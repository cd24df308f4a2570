package app.chuangxian.assessment.results;

import app.chuangxian.assessment.consensus.ConsensusResult;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.GradeThreshold;
import app.chuangxian.campaign.Standard;
import app.chuangxian.commendation.AssessorRemark;
import app.chuangxian.commendation.BranchResult;
import app.chuangxian.commendation.ResultsSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The final results and remarks of the scoring feature, as the commendation feature reads them. */
@ApplicationScoped
public class ResultsForCommendation implements ResultsSource {
    private static final int ALL = 1_000_000;

    @Inject
    CampaignAccess campaigns;

    @Inject
    ResultsQueries query;

    @Inject
    ResultsService results;

    @Inject
    Eligibility eligibility;

    @Inject
    EntityManager em;

    @Inject
    ResultSnapshots snapshots;

    /** The stored ranking of the finalised results: every figure as it was when they were finalised. */
    @Override
    public List<BranchResult> finalResults(long campaignId) {
        // read for the commendation feature, which decides what its caller sees
        Campaign campaign = campaigns.require(campaignId);
        ResultSnapshot snapshot = ResultsService.snapshotOf(campaign);
        if (snapshot != null) {
            return snapshots.lines(snapshot).stream()
                    .map(ResultsForCommendation::fromLine)
                    .toList();
        }
        List<Standard> standards = campaigns.standards(campaignId);
        List<ResultsQueries.Row> rows = query.ranking(
                campaignId,
                campaign.aggregationMethod,
                ResultsService.firstStandard(standards),
                new ResultsQueries.Filter(null, null, null),
                "r.pos",
                0,
                ALL);
        Map<Long, Map<Long, BigDecimal>> scores = results.standardScores(
                campaign, rows.stream().map(ResultsQueries.Row::branchId).toList());
        Map<Long, List<String>> reasons = eligibility.reasons(campaignId);
        List<GradeThreshold> grades = campaigns.grades(campaignId);
        List<BranchResult> out = new ArrayList<>(rows.size());
        for (ResultsQueries.Row r : rows) {
            Map<Long, BigDecimal> byId = scores.getOrDefault(r.branchId(), Map.of());
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            standards.forEach(s -> byCode.put(s.code, byId.get(s.id)));
            GradeThreshold grade = r.total() == null
                    ? null
                    : grades.stream()
                            .filter(g -> r.total().compareTo(g.minTotal) >= 0)
                            .findFirst()
                            .orElse(null);
            List<String> missing = reasons.get(r.branchId());
            out.add(new BranchResult(
                    r.branchId(),
                    r.name(),
                    byCode,
                    r.total(),
                    grade == null ? null : grade.code,
                    grade == null ? null : grade.name,
                    r.rank() == null ? 0 : r.rank().intValue(),
                    (int) r.position(),
                    missing == null,
                    missing == null ? null : String.join("；", missing)));
        }
        return out;
    }

    private static BranchResult fromLine(ResultSnapshotRow row) {
        ResultView v = row.line.result();
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        if (v.standards() != null) {
            v.standards().forEach(s -> byCode.put(s.code(), s.points()));
        }
        return new BranchResult(
                v.branchId(),
                v.branchName(),
                byCode,
                v.total(),
                row.line.gradeCode(),
                v.grade(),
                v.rank() == null ? 0 : v.rank().intValue(),
                row.position,
                v.eligible(),
                v.eligible() ? null : String.join("；", v.ineligibleReasons()));
    }

    @Override
    public List<AssessorRemark> remarks(long campaignId, long branchId) {
        Map<Long, Standard> standards =
                campaigns.standards(campaignId).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<AssessorRemark> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> comments = em.createNativeQuery(
                        "select i.standard_id, i.name, ss.points, i.max_points, ss.comment"
                                + " from scoresheet_scores ss join scoresheets s on s.id = ss.scoresheet_id"
                                + " join indicators i on i.id = ss.indicator_id"
                                + " where s.campaign_id = ?1 and s.branch_id = ?2 and s.status = 'SUBMITTED'"
                                + " and ss.comment is not null and ss.comment <> '' order by i.standard_id, i.seq, s.id")
                .setParameter(1, campaignId)
                .setParameter(2, branchId)
                .getResultList();
        for (Object[] row : comments) {
            Standard standard = standards.get(((Number) row[0]).longValue());
            out.add(new AssessorRemark(
                    standard == null ? null : standard.code,
                    (String) row[1],
                    decimal(row[2]),
                    decimal(row[3]),
                    (String) row[4],
                    "SCORESHEET"));
        }
        ConsensusResult.<ConsensusResult>list("campaignId = ?1 and branchId = ?2", campaignId, branchId)
                .forEach(c -> c.scores.forEach(s -> {
                    Standard standard = standards.get(s.standardId);
                    out.add(new AssessorRemark(
                            standard == null ? null : standard.code,
                            standard == null ? null : standard.name,
                            ResultsQueries.decimal(s.points),
                            standard == null ? null : standard.maxPoints,
                            c.reason,
                            "CONSENSUS"));
                }));
        return out;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
