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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhaseResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private static String path(long campaignId) {
        return "/api/v1/campaigns/" + campaignId + "/phases";
    }

    @Test
    void staffAddReadUpdateAndDeletePhases() {
        long c = CampaignSamples.campaign();
        Map<String, Object> body = CampaignSamples.phaseBody(2, "IMPLEMENTATION", "2009-11-01", "2010-08-31");
        body.put("name", "实施创建𠀀");
        body.put("description", "会市委可以通过实地调研等方式了解创建活动进展情况。");
        long second = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(path(c))
                        .then()
                        .statusCode(201)
                        .header("Location", containsString(path(c) + "/"))
                        .body("name", equalTo("实施创建𠀀"))
                        .body("current", is(false))
                        .extract()
                        .path("id"))
                .longValue();
        CampaignSamples.phase(c, 1, "MOBILISATION", "2009-09-01", "2009-10-31");
        given().auth()
                .oauth2(Tokens.viewer())
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.code", equalTo(List.of("MOBILISATION", "IMPLEMENTATION")));
        given().auth()
                .oauth2(Tokens.viewer())
                .queryParam("sort", "-startsOn")
                .get(path(c))
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("IMPLEMENTATION", "MOBILISATION")));
        given().auth()
                .oauth2(Tokens.assessor())
                .get(path(c) + "/{id}", second)
                .then()
                .statusCode(200)
                .body("startsOn", equalTo("2009-11-01"))
                .body("endsOn", equalTo("2010-08-31"))
                .body("seq", is(2));

        body.put("endsOn", "2010-07-31");
        body.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(c) + "/{id}", second)
                .then()
                .statusCode(200)
                .body("endsOn", equalTo("2010-07-31"))
                .body("version", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(c) + "/{id}", second)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{id}", second)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .get(path(c) + "/{id}", second)
                .then()
                .statusCode(404);
    }

    @Test
    void datesMustLieInOrderWithoutOverlapping() {
        long c = CampaignSamples.campaign();
        CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        long third = CampaignSamples.phase(c, 3, "P3", "2026-07-01", "2026-09-30");

        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-05-01", "2026-04-01"))
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("endsOn"))
                .body("fieldErrors.find { it.field == 'endsOn' }.reason", equalTo("NOT_BEFORE_START"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-03-31", "2026-05-01"))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("startsOn")))
                .body("fieldErrors[0].message", containsString("2026-03-31"))
                .body("fieldErrors[0].reason", equalTo("AFTER_PHASE"))
                .body("fieldErrors[0].params", equalTo(Map.of("date", "2026-03-31", "phase", 1)));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-04-01", "2026-07-01"))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("endsOn")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-02-01", "2026-08-01"))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("startsOn", "endsOn"));
        // a later position with earlier dates is out of order too
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(4, "P4", "2026-05-01", "2026-05-31"))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("startsOn"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-04-01", "2026-06-30"))
                .post(path(c))
                .then()
                .statusCode(201);

        Map<String, Object> moved = CampaignSamples.phaseBody(3, "P3", "2026-06-15", "2026-09-30");
        moved.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(moved)
                .put(path(c) + "/{id}", third)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("startsOn")));
        given().auth()
                .oauth2(Tokens.admin())
                .get(path(c) + "/{id}", third)
                .then()
                .body("startsOn", equalTo("2026-07-01"));
    }

    @Test
    void invalidBodiesAndTakenPositionsAreRefused() {
        long c = CampaignSamples.campaign();
        CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        Map<String, Object> body = CampaignSamples.phaseBody(0, "lower case", "2026-05-01", "2026-06-01");
        body.put("name", "");
        body.remove("startsOn");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItems("seq", "code", "name", "startsOn"));
        Map<String, Object> badDate = CampaignSamples.phaseBody(2, "P2", "2026-13-01", "2026-06-01");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(badDate)
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", equalTo("startsOn"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(1, "P9", "2026-05-01", "2026-06-01"))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("PHASE_SEQ_TAKEN"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P1", "2026-05-01", "2026-06-01"))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("PHASE_CODE_TAKEN"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-05-01", "2026-06-01"))
                .post(path(999999999))
                .then()
                .statusCode(404);
    }

    @Test
    void aPhaseWithDeliverableTypesStaysAndAClosedCampaignRefusesEveryWrite() {
        long c = CampaignSamples.campaign();
        long phase = CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        CampaignSamples.deliverableType(c, phase, "PLAN");
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{id}", phase)
                .then()
                .statusCode(409)
                .body("code", equalTo("PHASE_IN_USE"));

        long closed = CampaignSamples.closedCampaign();
        long closedPhase = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .get(path(closed))
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.phaseBody(2, "P2", "2026-05-01", "2026-06-01"))
                .post(path(closed))
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        Map<String, Object> body = CampaignSamples.phaseBody(1, "P1", "2026-01-01", "2026-04-30");
        body.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(closed) + "/{id}", closedPhase)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(closed) + "/{id}", closedPhase)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void branchesSeePhasesOfTheirCampaignsOnlyAndOnlyStaffWrite() {
        long c = CampaignSamples.campaign();
        long phase = CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        long own = Samples.branch();
        long stranger = Samples.branch();
        CampaignSamples.participate(c, own);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1));
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c) + "/{id}", phase)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.branch(stranger))
                .get(path(c))
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.branch(stranger))
                .get(path(c) + "/{id}", phase)
                .then()
                .statusCode(404);
        long otherCampaign = CampaignSamples.campaign();
        given().auth()
                .oauth2(Tokens.admin())
                .get(path(otherCampaign) + "/{id}", phase)
                .then()
                .statusCode(404);

        Map<String, Object> body = CampaignSamples.phaseBody(2, "P2", "2026-05-01", "2026-06-01");
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
                    .put(path(c) + "/{id}", phase)
                    .then()
                    .statusCode(403);
            given().auth().oauth2(token).delete(path(c) + "/{id}", phase).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.auditor()).get(path(c)).then().statusCode(403);
        given().get(path(c)).then().statusCode(401);
        given().get(path(c) + "/{id}", phase).then().statusCode(401);
    }
}
