package app.chuangxian.demo;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.assessment.ScoreLine;
import app.chuangxian.assessment.ScoreRules;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.assessment.results.ResultSnapshots;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.assessment.selfassessment.SelfAssessment;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.ResultsStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo scoring: in the live campaign assessor1..3 are assigned (assessor3 never to 汾阳, their own branch) with some
 * scoresheets submitted and a self-assessment or two; the closed 2009 campaign gets complete, published results.
 */
@ApplicationScoped
public class ScoringSeeder implements DemoSeeder {
    @Inject
    ResultSnapshots snapshots;

    @Inject
    CampaignAccess campaigns;

    @Inject
    ScoreAggregates aggregates;

    private static final List<String> ASSESSORS = List.of("assessor1", "assessor2", "assessor3");
    private static final String[] COMMENTS = {"学习制度健全，记录完整", "班子团结，主委带头作用明显", "组织生活丰富，社情民意报送及时", "与党组织沟通顺畅，协调有力"};

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoContext context) {
        if (context.shared.get(DemoContext.CAMPAIGN_LIVE) instanceof Long live) {
            seedLive(context, live);
        }
        if (context.shared.get(DemoContext.CAMPAIGN_2009) instanceof Long closed) {
            seed2009(context, closed);
        }
    }

    private void seedLive(DemoContext context, long campaignId) {
        Set<Long> taking = participants(campaignId);
        Collection<Indicator> indicators = indicators(campaignId);
        List<String> branches = List.of("LS", "XY", "WS", "FY", "JC");
        int n = 0;
        for (String code : branches) {
            Long branchId = context.branchIds.get(code);
            if (branchId == null || !taking.contains(branchId)) {
                continue;
            }
            for (int j = 0; j < ASSESSORS.size(); j++) {
                Long assessorId = context.accountIds.get(ASSESSORS.get(j));
                if (assessorId == null || ("FY".equals(code) && "assessor3".equals(ASSESSORS.get(j)))) {
                    continue;
                }
                assign(campaignId, branchId, assessorId);
                boolean submitted = n < 2 && j < 2;
                boolean draft = !submitted && n == 2 && j == 0;
                if ((submitted || draft) && !indicators.isEmpty()) {
                    sheet(campaignId, branchId, assessorId, indicators, n, j, submitted);
                }
            }
            if (n < 2 && !indicators.isEmpty()) {
                self(campaignId, branchId, indicators, n, n == 0);
            }
            n++;
        }
        refreshAggregates(campaignId);
    }

    /** The scoring services keep a branch's aggregates; rows written here directly get theirs from the same recompute. */
    private void refreshAggregates(long campaignId) {
        Scoresheet.flush();
        Scoresheet.<Scoresheet>list("campaignId", campaignId).stream()
                .map(s -> s.branchId)
                .distinct()
                .sorted()
                .forEach(b -> aggregates.refresh(campaignId, b));
    }

    private void seed2009(DemoContext context, long campaignId) {
        Collection<Indicator> indicators = indicators(campaignId);
        if (indicators.isEmpty()) {
            return;
        }
        Map<Long, String> codes =
                context.branchIds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        int n = 0;
        for (Long branchId : participants(campaignId).stream().sorted().toList()) {
            for (int j = 0; j < ASSESSORS.size(); j++) {
                Long assessorId = context.accountIds.get(ASSESSORS.get(j));
                if (assessorId == null || ("FY".equals(codes.get(branchId)) && "assessor3".equals(ASSESSORS.get(j)))) {
                    continue;
                }
                assign(campaignId, branchId, assessorId);
                sheet(campaignId, branchId, assessorId, indicators, n, j, true);
            }
            self(campaignId, branchId, indicators, n, true);
            n++;
        }
        Campaign campaign = campaigns.require(campaignId);
        Campaign.flush();
        refreshAggregates(campaignId);
        snapshots.store(campaign, "demo");
        campaign.resultsStatus = ResultsStatus.PUBLISHED;
    }

    private static void assign(long campaignId, long branchId, long assessorId) {
        AssessorAssignment a = new AssessorAssignment();
        a.campaignId = campaignId;
        a.branchId = branchId;
        a.assessorId = assessorId;
        a.assignedBy = "admin";
        a.persist();
    }

    private static void sheet(
            long campaignId,
            long branchId,
            long assessorId,
            Collection<Indicator> indicators,
            int branchNo,
            int assessorNo,
            boolean submitted) {
        Scoresheet s = new Scoresheet();
        s.campaignId = campaignId;
        s.branchId = branchId;
        s.assessorId = assessorId;
        int k = 0;
        for (Indicator i : indicators) {
            s.scores.add(
                    new ScoreLine(i.id, points(i.maxPoints, branchNo, assessorNo, k), COMMENTS[k++ % COMMENTS.length]));
        }
        s.total = ScoreRules.total(s.scores);
        if (submitted) {
            s.status = SheetStatus.SUBMITTED;
            s.submittedAt = Instant.now();
        }
        s.persist();
    }

    private static void self(
            long campaignId, long branchId, Collection<Indicator> indicators, int branchNo, boolean submitted) {
        SelfAssessment s = new SelfAssessment();
        s.campaignId = campaignId;
        s.branchId = branchId;
        int k = 0;
        for (Indicator i : indicators) {
            s.scores.add(new ScoreLine(i.id, points(i.maxPoints, branchNo, 5, k++), "按计划完成各项工作"));
        }
        s.total = ScoreRules.total(s.scores);
        if (submitted) {
            s.status = SheetStatus.SUBMITTED;
            s.submittedAt = Instant.now();
            s.submittedBy = "demo";
        }
        s.persist();
    }

    /** 70 % to 95 % of the points depending on the branch, a little apart per assessor; in steps of 0.5. */
    static BigDecimal points(BigDecimal max, int branchNo, int assessorNo, int indicatorNo) {
        double share = 0.70 + ((branchNo * 7 + indicatorNo) % 26) / 100.0 + assessorNo * 0.01;
        BigDecimal halves = max.multiply(BigDecimal.valueOf(Math.min(share, 1.0)))
                .multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.HALF_UP);
        return halves.divide(BigDecimal.valueOf(2)).setScale(1, RoundingMode.UNNECESSARY);
    }

    private static Set<Long> participants(long campaignId) {
        return Participation.<Participation>list("campaignId", campaignId).stream()
                .map(p -> p.branchId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Collection<Indicator> indicators(long campaignId) {
        return Indicator.<Indicator>find(
                        "select i from Indicator i, Standard s where s.id = i.standardId and"
                                + " i.campaignId = ?1 order by s.seq, i.seq, i.id",
                        campaignId)
                .list();
    }
}
