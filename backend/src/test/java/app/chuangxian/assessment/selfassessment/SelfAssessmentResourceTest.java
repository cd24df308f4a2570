package app.chuangxian.assessment.selfassessment;

import static app.chuangxian.assessment.Api.as;
import static app.chuangxian.assessment.Api.dec;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfAssessmentResourceTest {
    private static final String PATH = "/api/v1/campaigns/{c}/self-assessments/{b}";

    private static Map<String, Object> body(ScoringFixture f, Object version, String p1, String p2, String p3) {
        List<Map<String, Object>> scores = p3 == null
                ? List.of(Map.of("indicatorId", f.s1, "points", p1), Map.of("indicatorId", f.s2, "points", p2))
                : List.of(
                        Map.of("indicatorId", f.s1, "points", p1, "justification", "每月集中学习"),
                        Map.of("indicatorId", f.s2, "points", p2),
                        Map.of("indicatorId", f.u1, "points", p3));
        return version == null ? Map.of("scores", scores) : Map.of("scores", scores, "version", version);
    }

    @Test
    void aBranchSavesDraftsThenSubmitsOnceAndItIsReadOnly() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        long own = f.branches.get(0);
        String token = Tokens.branch(own);
        as(token).get(PATH, f.campaignId, own).then().statusCode(404);
        as(token)
                .body(body(f, null, "8", "3", null))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("total", dec("11"))
                .body("version", is(0));
        as(token)
                .body(Map.of("version", 0))
                .post(PATH + "/submit", f.campaignId, own)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("scores"));
        as(token)
                .body(body(f, null, "8", "3", "7"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("version"));
        as(token)
                .body(body(f, 0, "8", "10.5", "7"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("scores[1].points"));
        as(token)
                .body(body(f, 0, "8", "3", "7.5"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(200)
                .body("total", dec("18.5"))
                .body("version", is(1))
                .body("scores[0].justification", equalTo("每月集中学习"));
        as(token)
                .body(body(f, 0, "1", "1", "1"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(token)
                .body(Map.of("version", 1))
                .post(PATH + "/submit", f.campaignId, own)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("t-branch-" + own));
        as(token)
                .body(body(f, 2, "9", "9", "9"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(409)
                .body("code", equalTo("SELF_ASSESSMENT_SUBMITTED"));
        as(token)
                .body(Map.of("version", 2))
                .post(PATH + "/submit", f.campaignId, own)
                .then()
                .statusCode(409);
        as(Tokens.admin()).get(PATH, f.campaignId, own).then().statusCode(200).body("total", dec("18.5"));
    }

    @Test
    void onlyTheBranchWritesAndOnlyItAndStaffRead() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        long own = f.branches.get(0), other = f.branches.get(1);
        as(Tokens.branch(own))
                .body(body(f, null, "8", "8", "8"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(200);
        as(Tokens.branch(other)).get(PATH, f.campaignId, own).then().statusCode(404);
        as(Tokens.branch(other))
                .body(body(f, 0, "1", "1", "1"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(404);
        as(Tokens.admin())
                .body(body(f, 0, "1", "1", "1"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(403);
        for (String token : List.of(Tokens.viewer(), Tokens.auditor())) {
            as(token).get(PATH, f.campaignId, own).then().statusCode(403);
        }
        as(Tokens.assessor()).get(PATH, f.campaignId, own).then().statusCode(404);
        Api.anonymous().get(PATH, f.campaignId, own).then().statusCode(401);
        long outsider = app.chuangxian.support.Samples.branch();
        as(Tokens.branch(outsider))
                .body(body(f, null, "8", "8", "8"))
                .put(PATH, f.campaignId, outsider)
                .then()
                .statusCode(404);
        f.setResultsStatus(ResultsStatus.FINALISED);
        as(Tokens.branch(own))
                .body(body(f, 0, "9", "9", "9"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
    }

    @Test
    void anAssignedAssessorReadsTheSubmittedSelfAssessmentAndNeverADraft() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        long own = f.branches.get(0), other = f.branches.get(1);
        long assigned = ScoringFixture.assessor(null), elsewhere = ScoringFixture.assessor(null);
        f.assign(own, assigned);
        f.assign(other, elsewhere);
        String branch = Tokens.branch(own), assessor = ScoringFixture.token(assigned);

        as(assessor).get(PATH, f.campaignId, own).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(branch)
                .body(body(f, null, "8", "3", "7"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(200);
        // a draft is the branch's own business
        as(assessor).get(PATH, f.campaignId, own).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(branch)
                .body(Map.of("version", 0))
                .post(PATH + "/submit", f.campaignId, own)
                .then()
                .statusCode(200);

        as(assessor)
                .get(PATH, f.campaignId, own)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("total", dec("18"))
                .body("branchId", is((int) own))
                .body("scores[0].indicatorId", is((int) f.s1))
                .body("scores[0].points", dec("8"));
        // an assessor of another branch, a token without an account, and another branch see nothing
        as(ScoringFixture.token(elsewhere)).get(PATH, f.campaignId, own).then().statusCode(404);
        as(Tokens.assessor()).get(PATH, f.campaignId, own).then().statusCode(404);
        as(Tokens.branch(other)).get(PATH, f.campaignId, own).then().statusCode(404);
        // the assigned assessor's reach is that campaign: the same branch in another campaign is 404
        ScoringFixture g = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        as(assessor).get(PATH, g.campaignId, own).then().statusCode(404);
        // reading is all: an assessor writes nothing of it
        as(assessor)
                .body(body(f, 1, "1", "1", "1"))
                .put(PATH, f.campaignId, own)
                .then()
                .statusCode(403);
    }
}
