package app.chuangxian.commendation;

import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.GradeThreshold;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.campaign.Standard;
import app.chuangxian.support.Samples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A campaign with four standards, three grades and branches, made straight through the entities. */
final class CommendationFixture {
    static final String[][] STANDARDS = {
        {"STUDY", "学习好"}, {"UNITY", "团结好"}, {"VITALITY", "活力强"}, {"COMMUNICATION", "沟通强"}
    };

    final long campaignId;
    final String title;
    final List<Long> branchIds = new ArrayList<>();
    final List<String> branchNames = new ArrayList<>();

    private CommendationFixture(long campaignId, String title) {
        this.campaignId = campaignId;
        this.title = title;
    }

    static CommendationFixture create(ResultsStatus status, int branches) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = new Campaign();
            c.title = "2010年度争创先进基层组织活动" + Samples.unique("C");
            c.year = 2010;
            c.status = CampaignStatus.ACTIVE;
            c.resultsStatus = status;
            c.persist();
            for (int i = 0; i < STANDARDS.length; i++) {
                Standard s = new Standard();
                s.campaignId = c.id;
                s.seq = i + 1;
                s.code = STANDARDS[i][0];
                s.name = STANDARDS[i][1];
                s.maxPoints = new BigDecimal("25.0");
                s.persist();
            }
            grade(c.id, "EXCELLENT", "优秀", "90");
            grade(c.id, "GOOD", "良好", "80");
            grade(c.id, "PASS", "合格", "60");
            CommendationFixture f = new CommendationFixture(c.id, c.title);
            for (int i = 0; i < branches; i++) {
                Branch b = new Branch();
                b.code = Samples.unique("CB");
                b.name = "民进测试支部" + b.code;
                b.kind = BranchKind.BRANCH;
                b.persist();
                f.branchIds.add(b.id);
                f.branchNames.add(b.name);
            }
            return f;
        });
    }

    /** A result with the total spread evenly over the four standards, placed in the ranking by its index. */
    BranchResult result(int index, String total, String gradeCode, String gradeName, int rank, boolean eligible) {
        return result(index, total, gradeCode, gradeName, rank, index + 1, eligible);
    }

    /** A result at a given place in the ranking (ties are ordered by place, as the ranking breaks them). */
    BranchResult result(
            int index, String total, String gradeCode, String gradeName, int rank, int position, boolean eligible) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal quarter = t.divide(new BigDecimal("4"));
        var scores = new java.util.LinkedHashMap<String, BigDecimal>();
        for (String[] s : STANDARDS) {
            scores.put(s[0], quarter);
        }
        return new BranchResult(
                branchIds.get(index),
                branchNames.get(index),
                scores,
                t,
                gradeCode,
                gradeName,
                rank,
                position,
                eligible,
                eligible ? null : "年度内发生违纪情况");
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
