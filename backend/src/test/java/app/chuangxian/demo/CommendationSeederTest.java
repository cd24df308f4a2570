package app.chuangxian.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.commendation.AssessorRemark;
import app.chuangxian.commendation.BranchResult;
import app.chuangxian.commendation.FakeResults;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommendationSeederTest {
    @Inject
    CommendationSeeder seeder;

    @Inject
    FakeResults results;

    /** Eight branches ranked 1, 2 (not eligible), 3, 4, 5, 6, 6, 8. */
    private List<Long> campaignWithResults(long campaignId, ResultsStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Campaign.<Campaign>findById(campaignId).resultsStatus = status);
        int[] ranks = {1, 2, 3, 4, 5, 6, 6, 8};
        List<Long> branches = new ArrayList<>();
        List<BranchResult> rows = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            long branchId = Samples.branch();
            branches.add(branchId);
            BigDecimal total = BigDecimal.valueOf(96 - ranks[i] * 2L);
            rows.add(new BranchResult(
                    branchId,
                    "支部" + i,
                    Map.of("STUDY", total),
                    total,
                    "GOOD",
                    "良好",
                    ranks[i],
                    i + 1,
                    i != 1,
                    i != 1 ? null : "缺少已通过审核的必交材料: 活动总结"));
        }
        results.put(campaignId, rows);
        results.remarks(
                campaignId,
                branches.get(0),
                List.of(
                        new AssessorRemark(
                                "STUDY", "理论学习", new BigDecimal("9"), BigDecimal.TEN, "坚持每月集中学习", "SCORESHEET"),
                        new AssessorRemark(
                                "STUDY", "理论学习", new BigDecimal("5"), BigDecimal.TEN, "坚持每月集中学习", "SCORESHEET"),
                        new AssessorRemark(
                                "STUDY", "调查研究", new BigDecimal("5"), BigDecimal.TEN, "调研成果转化不足", "SCORESHEET")));
        return branches;
    }

    private void seed(long campaignId) {
        DemoContext context = new DemoContext(LocalDate.now());
        context.shared.put(DemoContext.CAMPAIGN_2009, campaignId);
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(context));
    }

    @Test
    void publishesTheTopFiveEligibleAndReleasesEveryFeedbackReport() {
        long campaignId = CampaignSamples.campaign();
        List<Long> branches = campaignWithResults(campaignId, ResultsStatus.PUBLISHED);
        seed(campaignId);

        int listId = given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/commendation-lists", campaignId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].resolutionNumber", equalTo("民进吕梁市委〔2010〕12号"))
                .body("items[0].resolutionDate", equalTo("2010-12-06"))
                .extract()
                .path("items[0].id");
        // Ties at the cut-off are included: the fifth eligible branch shares rank 6 with the sixth.
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/commendation-lists/{id}", listId)
                .then()
                .statusCode(200)
                .body("basis", equalTo("TOP_N"))
                .body("topN", is(5))
                .body("noticeStartsOn", equalTo("2010-11-15"))
                .body("noticeEndsOn", equalTo("2010-11-21"))
                .body(
                        "entries.branchId",
                        equalTo(List.of(
                                branches.get(0).intValue(),
                                branches.get(2).intValue(),
                                branches.get(3).intValue(),
                                branches.get(4).intValue(),
                                branches.get(5).intValue(),
                                branches.get(6).intValue())));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}/objections", listId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].status", equalTo("RESOLVED"))
                .body("items[0].anonymous", is(true))
                .body("items[0].branchId", is(branches.get(6).intValue()));

        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/feedback-reports?size=100", campaignId)
                .then()
                .statusCode(200)
                .body("total", is(8))
                .body("items.status", everyItem(equalTo("RELEASED")));
        int own = given().auth()
                .oauth2(Tokens.branch(branches.get(0)))
                .get("/api/v1/campaigns/{c}/feedback-reports", campaignId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(Tokens.branch(branches.get(0)))
                .get("/api/v1/feedback-reports/{id}", own)
                .then()
                .statusCode(200)
                .body("summary", startsWith("支部0在本次创建活动中总分 94 分，排名第 1 位，等次为良好。"))
                .body("sections[0].strengths", equalTo("理论学习：坚持每月集中学习"))
                // the draft listed the same remark under both; the released report keeps it as a strength only
                .body("sections[0].improvements", equalTo("调查研究：调研成果转化不足"));
    }

    @Test
    void leavesACampaignWithoutPublishedResultsAlone() {
        long campaignId = CampaignSamples.campaign();
        campaignWithResults(campaignId, ResultsStatus.FINALISED);
        seed(campaignId);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/commendation-lists", campaignId)
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/feedback-reports", campaignId)
                .then()
                .statusCode(200)
                .body("total", is(0));
    }
}
