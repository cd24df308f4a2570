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
class DeliverableTypeResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private static String path(long campaignId) {
        return "/api/v1/campaigns/" + campaignId + "/deliverable-types";
    }

    @Test
    void staffAddReadUpdateFilterAndDeleteDeliverableTypes() {
        long c = CampaignSamples.campaign();
        long p1 = CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        long p2 = CampaignSamples.phase(c, 2, "P2", "2026-04-01", "2026-06-30");
        Map<String, Object> body = CampaignSamples.deliverableTypeBody(p2, "DEMOCRATIC_LIFE_MEETING");
        body.put("name", "民主生活会记录𠀀");
        body.put("required", false);
        body.put("multiple", true);
        body.put(
                "fields",
                List.of(
                        Map.of("key", "meetingDate", "label", "会议日期", "type", "DATE", "required", true),
                        Map.of("key", "attendees", "label", "参会人员", "type", "LIST", "required", true),
                        Map.of(
                                "key",
                                "minutes",
                                "label",
                                "会议纪要",
                                "type",
                                "TEXTAREA",
                                "required",
                                true,
                                "maxLength",
                                10000)));
        long id = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(path(c))
                        .then()
                        .statusCode(201)
                        .header("Location", containsString(path(c) + "/"))
                        .body("multiple", is(true))
                        .body("required", is(false))
                        .extract()
                        .path("id"))
                .longValue();
        CampaignSamples.deliverableType(c, p1, "IMPLEMENTATION_PLAN");
        given().auth()
                .oauth2(Tokens.viewer())
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("民主生活会记录𠀀"))
                .body("fields.key", equalTo(List.of("meetingDate", "attendees", "minutes")))
                .body("fields[2].maxLength", is(10000))
                .body("fields[0].type", equalTo("DATE"));
        given().auth()
                .oauth2(Tokens.assessor())
                .queryParam("phaseId", p1)
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].code", equalTo("IMPLEMENTATION_PLAN"));
        given().auth()
                .oauth2(Tokens.assessor())
                .queryParam("required", false)
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) id));
        given().auth()
                .oauth2(Tokens.assessor())
                .queryParam("sort", "-code")
                .get(path(c))
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("IMPLEMENTATION_PLAN", "DEMOCRATIC_LIFE_MEETING")));

        body.put("phaseId", p1);
        body.put("required", true);
        body.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(c) + "/{id}", id)
                .then()
                .statusCode(200)
                .body("phaseId", is((int) p1))
                .body("required", is(true))
                .body("version", is(1));
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
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{id}", id)
                .then()
                .statusCode(204);
        given().auth().oauth2(Tokens.admin()).get(path(c) + "/{id}", id).then().statusCode(404);
    }

    @Test
    void fieldsPhasesAndCodesAreValidated() {
        long c = CampaignSamples.campaign();
        long phase = CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        long other = CampaignSamples.campaign();
        long foreignPhase = CampaignSamples.phase(other, 1, "P1", "2026-01-01", "2026-03-31");

        Map<String, Object> twice = CampaignSamples.deliverableTypeBody(phase, "PLAN");
        twice.put(
                "fields",
                List.of(
                        Map.of("key", "content", "label", "内容", "type", "TEXT"),
                        Map.of("key", "content", "label", "内容2", "type", "TEXTAREA")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(twice)
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", equalTo(List.of("fields[1].key")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.deliverableTypeBody(foreignPhase, "PLAN"))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("phaseId")));
        Map<String, Object> bad = CampaignSamples.deliverableTypeBody(phase, "plan");
        bad.put("name", "");
        bad.put("fields", List.of(Map.of("key", "Bad Key", "label", "", "type", "TEXT", "maxLength", 0)));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(bad)
                .post(path(c))
                .then()
                .statusCode(400)
                .body(
                        "fieldErrors.field",
                        hasItems("code", "name", "fields[0].key", "fields[0].label", "fields[0].maxLength"));
        Map<String, Object> wrongType = CampaignSamples.deliverableTypeBody(phase, "PLAN");
        wrongType.put("fields", List.of(Map.of("key", "x", "label", "x", "type", "PICTURE")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(wrongType)
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", containsString("type"));
        CampaignSamples.deliverableType(c, phase, "PLAN");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.deliverableTypeBody(phase, "PLAN"))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_TYPE_CODE_TAKEN"));
    }

    @Test
    void aClosedCampaignRefusesChanges() {
        long closed = CampaignSamples.closedCampaign();
        long phase = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .get("/api/v1/campaigns/{id}/phases", closed)
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(CampaignSamples.deliverableTypeBody(phase, "PLAN"))
                .post(path(closed))
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void branchesSeeTypesOfTheirCampaignsOnlyAndOnlyStaffWrite() {
        long c = CampaignSamples.campaign();
        long phase = CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-03-31");
        long id = CampaignSamples.deliverableType(c, phase, "PLAN");
        long own = Samples.branch();
        long stranger = Samples.branch();
        CampaignSamples.participate(c, own);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c))
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(200);
        given().auth().oauth2(Tokens.branch(stranger)).get(path(c)).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.branch(stranger))
                .get(path(c) + "/{id}", id)
                .then()
                .statusCode(404);
        Map<String, Object> body = CampaignSamples.deliverableTypeBody(phase, "OTHER");
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
        given().get(path(c) + "/{id}", id).then().statusCode(401);
    }
}
