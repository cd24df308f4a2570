package app.chuangxian.assessment;

import app.chuangxian.account.Account;
import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.GradeThreshold;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.campaign.Standard;
import app.chuangxian.sitevisit.SiteVisit;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A campaign built directly through the entities: two standards (STUDY 0..20 with indicators S1 10 and S2 10,
 * UNITY 0..10 with indicator U1 10), grades 优秀 at 25 and 良好 at 15, and branches taking part.
 */
public final class ScoringFixture {
    public final long campaignId;
    public final long study;
    public final long unity;
    public final long s1;
    public final long s2;
    public final long u1;
    public final List<Long> branches = new ArrayList<>();

    private ScoringFixture(long campaignId, long study, long unity, long s1, long s2, long u1) {
        this.campaignId = campaignId;
        this.study = study;
        this.unity = unity;
        this.s1 = s1;
        this.s2 = s2;
        this.u1 = u1;
    }

    public static ScoringFixture create(AggregationMethod method, String threshold, int branchCount) {
        ScoringFixture f = QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = new Campaign();
            c.title = "测试创建活动 " + Samples.unique("C");
            c.year = 2024;
            c.status = CampaignStatus.ACTIVE;
            c.aggregationMethod = method;
            c.disagreementThreshold = new BigDecimal(threshold);
            c.persist();
            Standard study = standard(c.id, 1, "STUDY", "重视学习", "20");
            Standard unity = standard(c.id, 2, "UNITY", "团结协作", "10");
            long s1 = indicator(c.id, study.id, 1, "S1", "10");
            long s2 = indicator(c.id, study.id, 2, "S2", "10");
            long u1 = indicator(c.id, unity.id, 1, "U1", "10");
            grade(c.id, "EXCELLENT", "优秀", "25");
            grade(c.id, "GOOD", "良好", "15");
            return new ScoringFixture(c.id, study.id, unity.id, s1, s2, u1);
        });
        for (int i = 0; i < branchCount; i++) {
            f.addBranch();
        }
        return f;
    }

    public long addBranch() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Branch b = new Branch();
            b.code = Samples.unique("SB");
            b.name = "民进评分测试支部" + b.code;
            b.kind = BranchKind.BRANCH;
            b.persist();
            Participation p = new Participation();
            p.campaignId = campaignId;
            p.branchId = b.id;
            p.persist();
            return b.id;
        });
        branches.add(id);
        return id;
    }

    /** An assessor account, optionally a member of a branch; returns its id. */
    public static long assessor(Long ownBranchId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = Samples.unique("as").toLowerCase();
            a.displayName = "评审员" + a.username;
            a.passwordHash = "x";
            a.roles = "ASSESSOR";
            a.branchId = ownBranchId;
            a.persist();
            return a.id;
        });
    }

    public static String token(long assessorId) {
        return Tokens.account("assessor-" + assessorId, Set.of("ASSESSOR"), assessorId, null);
    }

    /** Assigns an assessor to a branch of the campaign, without a scoresheet. */
    public void assign(long branchId, long assessorId) {
        QuarkusTransaction.requiringNew().run(() -> {
            AssessorAssignment a = new AssessorAssignment();
            a.campaignId = campaignId;
            a.branchId = branchId;
            a.assessorId = assessorId;
            a.assignedBy = "fixture";
            a.persist();
        });
    }

    public void setResultsStatus(ResultsStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Campaign.<Campaign>findById(campaignId).resultsStatus = status);
    }

    public long campaignVersion() {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.<Campaign>findById(campaignId).version);
    }

    /** A full draft scoresheet (8, 7 and 9 points) of the assessor for the branch, made through the API; its id. */
    public long draftThroughApi(long branchId, String assessorToken) {
        return Api.id(Api.as(assessorToken)
                .body(Api.sheet(
                        branchId,
                        List.of(Api.score(s1, "8", "评语"), Api.score(s2, "7", "评语"), Api.score(u1, "9", "评语"))))
                .post("/api/v1/campaigns/{c}/scoresheets", campaignId)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /**
     * A submitted scoresheet written straight to the database (assignment included), with the branch's aggregates
     * recomputed in the same transaction: points for S1, S2, U1.
     */
    public long submitted(long branchId, long assessorId, String p1, String p2, String p3) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AssessorAssignment a = new AssessorAssignment();
            a.campaignId = campaignId;
            a.branchId = branchId;
            a.assessorId = assessorId;
            a.assignedBy = "fixture";
            a.persist();
            Scoresheet s = new Scoresheet();
            s.campaignId = campaignId;
            s.branchId = branchId;
            s.assessorId = assessorId;
            s.status = SheetStatus.SUBMITTED;
            s.submittedAt = java.time.Instant.now();
            s.scores.add(new ScoreLine(s1, new BigDecimal(p1), "评语"));
            s.scores.add(new ScoreLine(s2, new BigDecimal(p2), "评语"));
            s.scores.add(new ScoreLine(u1, new BigDecimal(p3), "评语"));
            s.total = ScoreRules.total(s.scores);
            s.persist();
            // rows written straight to the database get their kept aggregates as the demo seeder's do
            Scoresheet.flush();
            Arc.container().instance(ScoreAggregates.class).get().refresh(campaignId, branchId);
            return s.id;
        });
    }

    /** A site visit to a branch in a campaign (any campaign, so a test can also make one elsewhere); returns its id. */
    public static long siteVisit(long campaignId, long branchId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SiteVisit v = new SiteVisit();
            v.campaignId = campaignId;
            v.branchId = branchId;
            v.visitedOn = java.time.LocalDate.of(2024, 11, 20);
            v.visitors = "组织部 张部长";
            v.findings = "组织生活记录齐全";
            v.recordedBy = "fixture";
            v.persist();
            return v.id;
        });
    }

    private static Standard standard(long campaignId, int seq, String code, String name, String max) {
        Standard s = new Standard();
        s.campaignId = campaignId;
        s.seq = seq;
        s.code = code;
        s.name = name;
        s.maxPoints = new BigDecimal(max);
        s.persist();
        return s;
    }

    private static long indicator(long campaignId, long standardId, int seq, String code, String max) {
        Indicator i = new Indicator();
        i.campaignId = campaignId;
        i.standardId = standardId;
        i.seq = seq;
        i.code = Samples.unique(code);
        i.name = "考核细则 " + code;
        i.maxPoints = new BigDecimal(max);
        i.persist();
        return i.id;
    }

    private static void grade(long campaignId, String code, String name, String min) {
        GradeThreshold g = new GradeThreshold();
        g.campaignId = campaignId;
        g.code = code;
        g.name = name;
        g.minTotal = new BigDecimal(min);
        g.persist();
    }
}
