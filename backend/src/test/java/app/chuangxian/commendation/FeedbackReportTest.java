package app.chuangxian.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.TestAccounts;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackReportTest {
    static final BigDecimal TEN = BigDecimal.TEN;

    @Inject
    FakeResults results;

    /** Three branches with results; the first has remarks on three of its four standards. */
    CommendationFixture withRemarks(ResultsStatus status) {
        CommendationFixture f = CommendationFixture.create(status, 3);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, true),
                        f.result(1, "85", "GOOD", "良好", 2, true),
                        f.result(2, "70", "PASS", "合格", 3, true)));
        results.remarks(
                f.campaignId,
                f.branchIds.get(0),
                List.of(
                        new AssessorRemark("STUDY", "理论学习", new BigDecimal("9"), TEN, "坚持每月集中学习", "SCORESHEET"),
                        new AssessorRemark("STUDY", "调查研究", new BigDecimal("5"), TEN, "调研成果转化不足", "SCORESHEET"),
                        new AssessorRemark("STUDY", "调查研究", new BigDecimal("4"), TEN, "  ", "SCORESHEET"),
                        new AssessorRemark("STUDY", "理论学习", new BigDecimal("9.5"), TEN, "坚持每月集中学习", "SCORESHEET"),
                        new AssessorRemark(
                                "UNITY", "班子团结", new BigDecimal("8"), TEN, "评审员张三打分偏低，合议后采纳李四意见", "CONSENSUS"),
                        new AssessorRemark("VITALITY", "发展会员", null, TEN, "新会员发展偏少", "CONSENSUS")));
        return f;
    }

    static long reportOf(CommendationFixture f, int index) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/feedback-reports?size=100", f.campaignId)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(i -> ((Number) i.get("branchId")).longValue() == f.branchIds.get(index))
                .map(i -> ((Number) i.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    static void draft(CommendationFixture f) {
        draftAll(f, 3);
    }

    static void draftAll(CommendationFixture f, int expected) {
        given().auth()
                .oauth2(Tokens.admin())
                .post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then()
                .statusCode(200)
                .body("drafted", equalTo(expected))
                .body("alreadyDrafted", equalTo(0));
    }

    @Test
    void draftingNeedsFinalResults() {
        CommendationFixture f = withRemarks(ResultsStatus.OPEN);
        given().auth()
                .oauth2(Tokens.admin())
                .post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_NOT_FINALISED"));
        given().auth()
                .oauth2(Tokens.viewer())
                .post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then()
                .statusCode(403);
    }

    @Test
    void draftsFollowTheStrengthRule() {
        CommendationFixture f = withRemarks(ResultsStatus.FINALISED);
        draft(f);
        given().auth()
                .oauth2(Tokens.admin())
                .post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then()
                .statusCode(200)
                .body("drafted", equalTo(0))
                .body("alreadyDrafted", equalTo(3));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/feedback-reports/{id}", reportOf(f, 0))
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rank", equalTo(1))
                .body("gradeName", equalTo("优秀"))
                .body("sections.standardName", equalTo(List.of("学习好", "团结好", "活力强", "沟通强")))
                .body("sections[0].score", equalTo(23.75f))
                .body("sections[0].strengths", equalTo("理论学习：坚持每月集中学习"))
                .body("sections[0].improvements", equalTo("调查研究：调研成果转化不足"))
                // consensus reasons are the committee's record (they may name assessors): never copied into feedback
                .body("sections[1].strengths", nullValue())
                .body("sections[1].improvements", nullValue())
                .body("sections[2].strengths", nullValue())
                .body("sections[2].improvements", nullValue())
                .body("sections[3].strengths", nullValue())
                .body(not(containsString("张三")))
                .body(not(containsString("新会员发展偏少")));
    }

    @Test
    void staffEditThenReleaseAndOnlyThenTheBranchReadsIt() {
        CommendationFixture f = withRemarks(ResultsStatus.FINALISED);
        draft(f);
        long id = reportOf(f, 0);
        long own = f.branchIds.get(0);
        long other = f.branchIds.get(1);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/campaigns/{c}/feedback-reports", f.campaignId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        Map<String, Object> edit = Map.of(
                "version",
                0,
                "summary",
                "总体表现突出",
                "sections",
                List.of(Map.of("standardCode", "COMMUNICATION", "strengths", "积极参政议政", "improvements", "信息报送可更及时")));
        put(id, Map.of("version", 0, "sections", List.of(Map.of("standardCode", "NOPE"))))
                .statusCode(400)
                .body("fieldErrors.field", hasItem("sections[0].standardCode"));
        put(id, Map.of("version", 0, "sections", List.of(Map.of("strengths", "x"))))
                .statusCode(400)
                .body("fieldErrors.field", hasItem("sections[0].standardCode"));
        put(id, edit)
                .statusCode(200)
                .body("version", equalTo(1))
                .body("summary", equalTo("总体表现突出"))
                .body("sections[3].strengths", equalTo("积极参政议政"))
                .body("sections[0].strengths", equalTo("理论学习：坚持每月集中学习"));
        put(id, edit).statusCode(409).body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.viewer())
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(403);

        String chair = TestAccounts.chairOf(own);
        release(id, 0).statusCode(409).body("code", equalTo("STALE_VERSION"));
        release(id, 1).statusCode(200).body("status", equalTo("RELEASED"));
        // the branch hears of it in its messages, which lead to the report
        given().auth()
                .oauth2(chair)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.kind", contains("FEEDBACK_RELEASED"))
                .body("items[0].subjectId", equalTo((int) id));
        put(id, Map.of("version", 2, "sections", List.of())).statusCode(409).body("code", equalTo("FEEDBACK_RELEASED"));

        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(200)
                .body("sections[3].improvements", equalTo("信息报送可更及时"));
        given().auth()
                .oauth2(Tokens.branch(other))
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.assessor())
                .get("/api/v1/feedback-reports/{id}", id)
                .then()
                .statusCode(403);
        given().get("/api/v1/feedback-reports/{id}", id).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/feedback-reports", f.campaignId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/campaigns/{c}/feedback-reports", f.campaignId)
                .then()
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.branch(other))
                .get("/api/v1/campaigns/{c}/feedback-reports", f.campaignId)
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/feedback-reports?status=DRAFT", f.campaignId)
                .then()
                .body("total", equalTo(2));
    }

    static io.restassured.response.ValidatableResponse put(long id, Object body) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/feedback-reports/{id}", id)
                .then();
    }

    static io.restassured.response.ValidatableResponse release(long id, int version) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version))
                .post("/api/v1/feedback-reports/{id}/release", id)
                .then();
    }
}
