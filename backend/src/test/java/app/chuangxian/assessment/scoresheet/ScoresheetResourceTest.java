package app.chuangxian.assessment.scoresheet;

import static app.chuangxian.assessment.Api.PROBLEM;
import static app.chuangxian.assessment.Api.as;
import static app.chuangxian.assessment.Api.dec;
import static app.chuangxian.assessment.Api.score;
import static app.chuangxian.assessment.Api.sheet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

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
class ScoresheetResourceTest {
    private static final String PATH = "/api/v1/campaigns/{c}/scoresheets";

    private static long assign(ScoringFixture f, long branchId, long assessor) {
        as(Tokens.admin())
                .body(Map.of("branchId", branchId, "assessorId", assessor))
                .post("/api/v1/campaigns/{c}/assignments", f.campaignId)
                .then()
                .statusCode(201);
        return assessor;
    }

    private static long start(ScoringFixture f, long branchId, long assessor, List<Map<String, Object>> scores) {
        return Api.id(as(ScoringFixture.token(assessor))
                .body(sheet(branchId, scores))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static List<Map<String, Object>> full(ScoringFixture f, String p1, String p2, String p3) {
        return List.of(score(f.s1, p1, "评语"), score(f.s2, p2, "评语"), score(f.u1, p3, "评语"));
    }

    @Test
    void pointsStayWithinTheIndicatorAndMoveInHalfSteps() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        String token = ScoringFixture.token(a);
        for (String bad : List.of("10.5", "-0.5", "7.25", "0.1")) {
            boolean outOfRange = bad.equals("10.5") || bad.equals("-0.5");
            as(token)
                    .body(sheet(f.branches.get(0), List.of(score(f.s1, "8", null), score(f.s2, bad, "评语"))))
                    .post(PATH, f.campaignId)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("fieldErrors", hasSize(1))
                    .body("fieldErrors[0].field", equalTo("scores[1].points"))
                    .body("fieldErrors[0].reason", equalTo(outOfRange ? "BETWEEN" : "HALF_STEP"))
                    .body("fieldErrors[0].params", outOfRange ? equalTo(Map.of("min", 0, "max", 10)) : nullValue());
        }
        as(token)
                .body(sheet(f.branches.get(0), List.of(score(999999, "8", null))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("scores[0].indicatorId"));
        as(token)
                .body(sheet(f.branches.get(0), List.of(score(f.s1, "8", null), score(f.s1, "9", null))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("scores[1].indicatorId"));
        as(token)
                .body(Map.of(
                        "branchId", f.branches.get(0), "scores", List.of(Map.of("indicatorId", f.s1, "points", "x"))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        as(token)
                .body(sheet(
                        f.branches.get(0),
                        List.of(score(f.s1, "10", null), score(f.s2, "0.5", "几乎未开展"), score(f.u1, "7.5", null))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201)
                .body("total", dec("18.0"))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aScoreBelowSixtyPercentNeedsAComment() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        as(ScoringFixture.token(a))
                .body(sheet(
                        f.branches.get(0),
                        List.of(score(f.s1, "6", null), score(f.s2, "5.5", null), score(f.u1, "2", "  "))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("scores[1].comment", "scores[2].comment")))
                .body("fieldErrors[0].message", containsString("below 60 %"));
    }

    @Test
    void draftsSaveWithOptimisticLockingAndSubmitNeedsEveryIndicator() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        String token = ScoringFixture.token(a);
        long id = start(f, f.branches.get(0), a, List.of(score(f.s1, "8", null)));
        as(token)
                .body(sheet(f.branches.get(0), List.of(score(f.s1, "8", null))))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("SCORESHEET_EXISTS"));
        as(token)
                .body(Map.of("version", 0, "scores", List.of(score(f.s1, "8", null), score(f.s2, "9", null))))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("version", is(1))
                .body("total", dec("17.0"));
        as(token)
                .body(Map.of("version", 0, "scores", List.of(score(f.s1, "1", "差"))))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(token)
                .body(Map.of("version", 1))
                .post(PATH + "/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("scores"))
                .body("fieldErrors[0].message", containsString("missing"));
        as(token)
                .body(Map.of("version", 1, "scores", full(f, "8", "9", "9.5")))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(200);
        as(token)
                .body(Map.of("version", 2))
                .post(PATH + "/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("total", dec("26.5"));
        as(token)
                .body(Map.of("version", 3, "scores", full(f, "1", "1", "1")))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("SCORESHEET_SUBMITTED"));
    }

    @Test
    void onlyAssignedAssessorsScoreAndOthersDraftsAreNotTheirs() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        long stranger = ScoringFixture.assessor(null);
        as(ScoringFixture.token(stranger))
                .body(sheet(f.branches.get(0), full(f, "8", "8", "8")))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_ASSIGNED"));
        long id = start(f, f.branches.get(0), a, full(f, "8", "8", "8"));
        as(ScoringFixture.token(stranger))
                .body(Map.of("version", 0, "scores", full(f, "1", "1", "1")))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(404);
        as(Tokens.admin())
                .body(sheet(f.branches.get(0), full(f, "8", "8", "8")))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(403);
        as(Tokens.branch(f.branches.get(0))).get(PATH, f.campaignId).then().statusCode(403);
        as(Tokens.viewer()).get(PATH + "/{id}", f.campaignId, id).then().statusCode(403);
        Api.anonymous().get(PATH, f.campaignId).then().statusCode(401);
    }

    @Test
    void anAssessorSeesNoOtherScoresForABranchUntilTheyHaveSubmittedTheirOwn() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long branch = f.branches.get(0);
        long first = assign(f, branch, ScoringFixture.assessor(null));
        long second = assign(f, branch, ScoringFixture.assessor(null));
        long outsider = ScoringFixture.assessor(null);
        long firstSheet = start(f, branch, first, full(f, "8", "8", "8"));
        as(ScoringFixture.token(first))
                .body(Map.of("version", 0))
                .post(PATH + "/{id}/submit", f.campaignId, firstSheet)
                .then()
                .statusCode(200);
        long secondSheet = start(f, branch, second, full(f, "5", "5", "5"));

        as(ScoringFixture.token(second))
                .get(PATH + "/{id}", f.campaignId, firstSheet)
                .then()
                .statusCode(404);
        as(ScoringFixture.token(second))
                .queryParam("branchId", branch)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) secondSheet));
        as(ScoringFixture.token(first))
                .queryParam("branchId", branch)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(2));
        as(ScoringFixture.token(first))
                .get(PATH + "/{id}", f.campaignId, secondSheet)
                .then()
                .statusCode(200)
                .body("scores", hasSize(3));
        as(ScoringFixture.token(outsider))
                .get(PATH + "/{id}", f.campaignId, firstSheet)
                .then()
                .statusCode(404);
        as(ScoringFixture.token(outsider))
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(0));

        as(ScoringFixture.token(second))
                .body(Map.of("version", 0))
                .post(PATH + "/{id}/submit", f.campaignId, secondSheet)
                .then()
                .statusCode(200);
        as(ScoringFixture.token(second))
                .get(PATH + "/{id}", f.campaignId, firstSheet)
                .then()
                .statusCode(200)
                .body("total", dec("24.0"))
                .body("scores", hasSize(3));
        as(Tokens.admin())
                .queryParam("branchId", branch)
                .queryParam("sort", "-total")
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) firstSheet, (int) secondSheet)));
    }

    @Test
    void staffReopenASubmittedScoresheetWithARecordedReason() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        long id = start(f, f.branches.get(0), a, full(f, "8", "8", "8"));
        as(Tokens.admin())
                .body(Map.of("version", 0, "reason", "误操作"))
                .post(PATH + "/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("SCORESHEET_NOT_SUBMITTED"));
        as(ScoringFixture.token(a))
                .body(Map.of("version", 0))
                .post(PATH + "/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(200);
        as(Tokens.admin())
                .body(Map.of("version", 1))
                .post(PATH + "/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", containsString("reason"));
        as(ScoringFixture.token(a))
                .body(Map.of("version", 1, "reason", "想改"))
                .post(PATH + "/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(Map.of("version", 0, "reason", "过期"))
                .post(PATH + "/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .body(Map.of("version", 1, "reason", "组织生活记录漏评"))
                .post(PATH + "/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("reopenings[0].reason", equalTo("组织生活记录漏评"))
                .body("reopenings[0].reopenedBy", equalTo("t-admin"));
        as(ScoringFixture.token(a))
                .body(Map.of("version", 2, "scores", full(f, "9", "8", "8")))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("total", dec("25.0"));
        as(Tokens.admin())
                .get(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("reopenings", hasSize(1));
    }

    @Test
    void scoringWritesAreRefusedOnceResultsAreFinalised() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long a = assign(f, f.branches.get(0), ScoringFixture.assessor(null));
        long id = start(f, f.branches.get(0), a, full(f, "8", "8", "8"));
        f.setResultsStatus(ResultsStatus.FINALISED);
        as(ScoringFixture.token(a))
                .body(Map.of("version", 0, "scores", full(f, "9", "9", "9")))
                .put(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
        as(ScoringFixture.token(a))
                .body(Map.of("version", 0))
                .post(PATH + "/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
        as(ScoringFixture.token(a))
                .get(PATH + "/{id}", f.campaignId, id)
                .then()
                .statusCode(200)
                .body("total", dec("24.0"));
    }
}
