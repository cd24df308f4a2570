package app.chuangxian.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
class CampaignCopyTest {

    @Test
    void aCopyTakesEverythingButParticipantsWithPhasesShifted() {
        long template = CampaignSamples.campaign();
        long p1 = CampaignSamples.phase(template, 1, "P1", "2009-09-01", "2009-10-31");
        long p2 = CampaignSamples.phase(template, 2, "P2", "2009-11-01", "2010-08-31");
        CampaignSamples.standard(template, "STUDY", 8, 7, 5, 5);
        Map<String, Object> unity = CampaignSamples.standardBody("UNITY", 12.5, 12.5);
        unity.put("seq", 2);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unity)
                .post("/api/v1/campaigns/{id}/standards", template)
                .then()
                .statusCode(201);
        CampaignSamples.deliverableType(template, p1, "PLAN");
        CampaignSamples.deliverableType(template, p2, "RECORD");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "version",
                        0,
                        "grades",
                        List.of(
                                Map.of("code", "EXCELLENT", "name", "优秀", "minTotal", 90),
                                Map.of("code", "PASS", "name", "合格", "minTotal", 60))))
                .put("/api/v1/campaigns/{id}/grade-thresholds", template)
                .then()
                .statusCode(200);
        CampaignSamples.participate(template, Samples.branch());
        CampaignSamples.transition(template, "activate");
        CampaignSamples.transition(template, "close");

        long copy = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "新一届创建活动𠀀", "year", 2026, "startsOn", "2026-03-01"))
                        .post("/api/v1/campaigns/{id}/copy", template)
                        .then()
                        .statusCode(201)
                        .body("status", equalTo("DRAFT"))
                        .body("templateId", is((int) template))
                        .body("title", equalTo("新一届创建活动𠀀"))
                        .body("year", is(2026))
                        .body("goals", equalTo("加强学习；加强指导；创新形式"))
                        .body("participantCount", is(0))
                        .extract()
                        .path("id"))
                .longValue();

        // 2009-09-01 to 2026-03-01 is 6025 days; every date moves by the same amount
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", copy)
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.startsOn", equalTo(List.of("2026-03-01", "2026-05-01")))
                .body("items.endsOn", equalTo(List.of("2026-04-30", "2027-02-28")));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/standards", copy)
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items[0].indicators.maxPoints", equalTo(List.of(8.0f, 7.0f, 5.0f, 5.0f)))
                .body("items[1].indicators.code", equalTo(List.of("UNITY_1", "UNITY_2")))
                .body("items[1].maxPoints", is(25.0f));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/grade-thresholds", copy)
                .then()
                .statusCode(200)
                .body("grades.name", equalTo(List.of("优秀", "合格")));
        List<Integer> newPhases = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", copy)
                .then()
                .extract()
                .path("items.id");
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("sort", "code")
                .get("/api/v1/campaigns/{id}/deliverable-types", copy)
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.code", equalTo(List.of("PLAN", "RECORD")))
                .body("items.phaseId", equalTo(newPhases))
                .body("items[0].fields[0].key", equalTo("content"));
        // the template is untouched
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", template)
                .then()
                .body("items.id", hasItems((int) p1, (int) p2))
                .body("items[0].startsOn", equalTo("2009-09-01"));
    }

    @Test
    void copyRequestsAreValidatedAndUnknownTemplatesAre404() {
        long template = CampaignSamples.campaign();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "", "year", 3000))
                .post("/api/v1/campaigns/{id}/copy", template)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("title", "year", "startsOn"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "复制", "year", 2027, "startsOn", "2027-01-01"))
                .post("/api/v1/campaigns/999999999/copy")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "复制", "year", 2027, "startsOn", "2027-01-01"))
                .post("/api/v1/campaigns/{id}/copy", template)
                .then()
                .statusCode(401);
    }
}
