package app.chuangxian.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StandardResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private static String path(long campaignId) {
        return "/api/v1/campaigns/" + campaignId + "/standards";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("indicators");
    }

    @Test
    void staffAddReadReplaceAndDeleteStandards() {
        long c = CampaignSamples.campaign();
        Map<String, Object> body = CampaignSamples.standardBody("STUDY", 8, 7, 5, 5);
        body.put("name", "重视学习𠀀");
        indicators(body).get(0).put("name", "组织会员学习中共十七大精神和科学发展观");
        long id = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(path(c))
                        .then()
                        .statusCode(201)
                        .header("Location", containsString(path(c) + "/"))
                        .body("maxPoints", is(25.0f))
                        .body("indicators.seq", equalTo(List.of(1, 2, 3, 4)))
                        .extract()
                        .path("id"))
                .longValue();
        int keptId = given().auth()
                .oauth2(Tokens.admin())
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("重视学习𠀀"))
                .body("indicators[0].name", equalTo("组织会员学习中共十七大精神和科学发展观"))
                .extract()
                .path("indicators[1].id");

        // replace: drop STUDY_1, change STUDY_2, add STUDY_9; the indicator that stays keeps its id
        List<Map<String, Object>> replaced = new ArrayList<>(indicators(body).subList(1, 4));
        replaced.get(0).put("maxPoints", 10);
        replaced.add(new HashMap<>(Map.of("code", "STUDY_9", "name", "新细则", "maxPoints", 5)));
        body.put("indicators", replaced);
        body.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(c) + "/{id}", id)
                .then()
                .statusCode(200)
                .body("version", is(1))
                .body("indicators.code", equalTo(List.of("STUDY_2", "STUDY_3", "STUDY_4", "STUDY_9")))
                .body("indicators[0].id", is(keptId))
                .body("indicators[0].maxPoints", is(10.0f));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(c) + "/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.viewer())
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].indicators.size()", is(4));
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{id}", id)
                .then()
                .statusCode(204);
        given().auth().oauth2(Tokens.admin()).get(path(c) + "/{id}", id).then().statusCode(404);
    }

    @Test
    void indicatorPointsMustSumToTheMaximumInHalfPoints() {
        long c = CampaignSamples.campaign();
        Map<String, Object> body = CampaignSamples.standardBody("UNITY", 10, 10);
        body.put("maxPoints", 25);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", equalTo(List.of("indicators")))
                .body("fieldErrors[0].message", containsString("sum to 20"))
                .body("fieldErrors[0].code", equalTo("INVALID"))
                .body("fieldErrors[0].reason", equalTo("POINTS_SUM"))
                .body("fieldErrors[0].params", equalTo(Map.of("sum", 20, "max", 25)));
        Map<String, Object> quarter = CampaignSamples.standardBody("UNITY", 10.25, 10.25);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(quarter)
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("indicators[0].maxPoints"))
                .body("fieldErrors.find { it.field == 'indicators[0].maxPoints' }.code", equalTo("FORMAT"))
                .body("fieldErrors.find { it.field == 'indicators[0].maxPoints' }.reason", equalTo("DIGITS"))
                .body(
                        "fieldErrors.find { it.field == 'indicators[0].maxPoints' }.params",
                        equalTo(Map.of("integer", 4, "fraction", 1)));
        Map<String, Object> twice = CampaignSamples.standardBody("UNITY", 10, 10);
        indicators(twice).get(1).put("code", "UNITY_1");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(twice)
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("indicators[1].code"));
        Map<String, Object> none = CampaignSamples.standardBody("UNITY");
        none.put("maxPoints", 25);
        none.put("code", "bad code");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(none)
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("indicators", "code"))
                .body("fieldErrors.find { it.field == 'code' }.reason", equalTo("UPPER_CODE"));
        Map<String, Object> blankIndicator = CampaignSamples.standardBody("UNITY", 10, 15);
        indicators(blankIndicator).get(1).put("name", "");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(blankIndicator)
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("indicators[1].name"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.standardBody("UNITY", 12.5, 12.5))
                .post(path(c))
                .then()
                .statusCode(201)
                .body("maxPoints", is(25.0f));
    }

    @Test
    void codesAreUniqueInTheCampaign() {
        long c = CampaignSamples.campaign();
        CampaignSamples.standard(c, "STUDY", 10, 15);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.standardBody("STUDY", 5))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("STANDARD_CODE_TAKEN"));
        Map<String, Object> borrowing = CampaignSamples.standardBody("UNITY", 5);
        indicators(borrowing).get(0).put("code", "STUDY_1");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(borrowing)
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("INDICATOR_CODE_TAKEN"));
        long other = CampaignSamples.campaign();
        CampaignSamples.standard(other, "STUDY", 10, 15);
    }

    @Test
    void standardsAndGradesAreFixedOnceScoringStarts() {
        long c = CampaignSamples.campaign();
        long id = CampaignSamples.standard(c, "STUDY", 10, 15);
        ProbeStub.SCORING_STARTED.add(c);
        try {
            Map<String, Object> body = CampaignSamples.standardBody("STUDY", 10, 15);
            body.put("version", 0);
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put(path(c) + "/{id}", id)
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("code", equalTo("SCORING_STARTED"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(CampaignSamples.standardBody("UNITY", 5))
                    .post(path(c))
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("SCORING_STARTED"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .delete(path(c) + "/{id}", id)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("SCORING_STARTED"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "grades", List.of()))
                    .put("/api/v1/campaigns/{id}/grade-thresholds", c)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("SCORING_STARTED"));
        } finally {
            ProbeStub.SCORING_STARTED.remove(c);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .get(path(c) + "/{id}", id)
                .then()
                .body("version", is(0))
                .body("indicators.maxPoints", equalTo(List.of(10.0f, 15.0f)));

        long closed = CampaignSamples.closedCampaign();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.standardBody("UNITY", 5))
                .post(path(closed))
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));

        // results no longer open fix the standards too
        long finalised = CampaignSamples.campaign();
        QuarkusTransaction.requiringNew().run(() -> {
            Campaign campaign = Campaign.findById(finalised);
            campaign.status = CampaignStatus.ACTIVE;
            campaign.resultsStatus = ResultsStatus.FINALISED;
        });
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.standardBody("UNITY", 5))
                .post(path(finalised))
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
    }

    @Test
    void gradeThresholdsAreReplacedAsAWholeHighestFirst() {
        long c = CampaignSamples.campaign();
        String grades = "/api/v1/campaigns/{id}/grade-thresholds";
        given().auth()
                .oauth2(Tokens.viewer())
                .get(grades, c)
                .then()
                .statusCode(200)
                .body("grades.size()", is(0))
                .body("version", is(0));
        List<Map<String, Object>> scale = List.of(
                Map.of("code", "EXCELLENT", "name", "优秀", "minTotal", 90),
                Map.of("code", "GOOD", "name", "良好", "minTotal", 75),
                Map.of("code", "PASS", "name", "合格", "minTotal", 60));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "grades", scale))
                .put(grades, c)
                .then()
                .statusCode(200)
                .body("version", is(1))
                .body("grades.name", equalTo(List.of("优秀", "良好", "合格")))
                .body("grades.minTotal", equalTo(List.of(90.0f, 75.0f, 60.0f)));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "grades", scale))
                .put(grades, c)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1, "grades", List.of(scale.get(2), scale.get(0))))
                .put(grades, c)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("grades[1].minTotal")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "version",
                        1,
                        "grades",
                        List.of(scale.get(0), Map.of("code", "EXCELLENT", "name", "x", "minTotal", 50))))
                .put(grades, c)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("grades[1].code")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1, "grades", List.of(Map.of("code", "", "name", "优秀", "minTotal", -1))))
                .put(grades, c)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("grades[0].code", "grades[0].minTotal"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", c)
                .then()
                .body("version", is(1));
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 1, "grades", scale))
                    .put(grades, c)
                    .then()
                    .statusCode(403);
        }
        given().auth().oauth2(Tokens.auditor()).get(grades, c).then().statusCode(403);
        given().get(grades, c).then().statusCode(401);
        long branch = Samples.branch();
        given().auth().oauth2(Tokens.branch(branch)).get(grades, c).then().statusCode(404);
        CampaignSamples.participate(c, branch);
        given().auth()
                .oauth2(Tokens.branch(branch))
                .get(grades, c)
                .then()
                .statusCode(200)
                .body("grades.size()", is(3));
    }

    @Test
    void branchesSeeStandardsOfTheirCampaignsOnlyAndOnlyStaffWrite() {
        long c = CampaignSamples.campaign();
        long id = CampaignSamples.standard(c, "STUDY", 10, 15);
        long own = Samples.branch();
        long stranger = Samples.branch();
        CampaignSamples.participate(c, own);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1));
        given().auth()
                .oauth2(Tokens.branch(stranger))
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(404);
        given().auth().oauth2(Tokens.branch(stranger)).get(path(c)).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .get(path(CampaignSamples.campaign()) + "/{id}", id)
                .then()
                .statusCode(404);
        Map<String, Object> body = CampaignSamples.standardBody("UNITY", 5);
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(own), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path(c))
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put(path(c) + "/{id}", id)
                    .then()
                    .statusCode(403);
            given().auth().oauth2(token).delete(path(c) + "/{id}", id).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.auditor()).get(path(c)).then().statusCode(403);
        given().get(path(c)).then().statusCode(401);
    }
}
