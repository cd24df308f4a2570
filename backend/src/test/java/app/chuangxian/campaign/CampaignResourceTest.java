package app.chuangxian.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void staffCreateAndReadACampaignWithFourByteChinese() {
        Map<String, Object> body = CampaignSamples.campaignBody();
        body.put("title", "争创𠀀𡃁先进活动" + Samples.unique("T"));
        body.put("guidingIdeology", "以𩸽为指导");
        body.put("aggregationMethod", "MEDIAN");
        body.put("disagreementThreshold", 12.5);
        var created = given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", is(0))
                .extract();
        long id = ((Number) created.path("id")).longValue();
        org.junit.jupiter.api.Assertions.assertEquals(
                "/api/v1/campaigns/" + id,
                java.net.URI.create(created.header("Location")).getPath());
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo(body.get("title")))
                .body("guidingIdeology", equalTo("以𩸽为指导"))
                .body("year", is(2026))
                .body("aggregationMethod", equalTo("MEDIAN"))
                .body("disagreementThreshold", is(12.5f))
                .body("resultsStatus", equalTo("OPEN"))
                .body("currentPhaseId", nullValue())
                .body("participantCount", is(0));
    }

    @Test
    void currentPhaseIsDerivedFromToday() {
        long id = CampaignSamples.campaign();
        LocalDate today = LocalDate.now();
        CampaignSamples.phase(
                id, 1, "P1", today.minusDays(40).toString(), today.minusDays(10).toString());
        long current = CampaignSamples.phase(
                id, 2, "P2", today.minusDays(9).toString(), today.plusDays(30).toString());
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("currentPhaseId", is((int) current));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", id)
                .then()
                .statusCode(200)
                .body("items.current", equalTo(List.of(false, true)));
    }

    @Test
    void listFiltersByStatusYearAndChineseTextPagesAndSorts() {
        String marker = Samples.unique("筛");
        for (int year : List.of(2030, 2031, 2032)) {
            Map<String, Object> body = CampaignSamples.campaignBody();
            body.put("title", "活动" + marker + year);
            body.put("year", year);
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/campaigns")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("sort", "year")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body("items.title", equalTo(List.of("活动" + marker + "2030", "活动" + marker + "2031")));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", marker)
                .queryParam("year", 2031)
                .queryParam("status", "DRAFT")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].year", is(2031));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", marker)
                .queryParam("status", "ACTIVE")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("sort", "secret")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("sort"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("status", "OPENED")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("year", 1900)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("year"));
    }

    @Test
    void invalidBodiesNameTheFields() {
        Map<String, Object> body = CampaignSamples.campaignBody();
        body.put("title", " ");
        body.put("year", 1999);
        body.put("disagreementThreshold", -1);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("fieldErrors.field", hasItems("title", "year", "disagreementThreshold"));
        Map<String, Object> unknown = CampaignSamples.campaignBody();
        unknown.put("status", "CLOSED");
        unknown.put("owner", "me");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> wrongType = CampaignSamples.campaignBody();
        wrongType.put("year", "next");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(wrongType)
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", equalTo("year"));
    }

    @Test
    void updatesUseOptimisticLocking() {
        long id = CampaignSamples.campaign();
        Map<String, Object> body = CampaignSamples.campaignBody();
        body.put("version", 0);
        body.put("goals", "新的目标");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("goals", equalTo("新的目标"))
                .body("version", is(1));
        body.put("goals", "过时的目标");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("STALE_VERSION"));
        body.remove("version");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("version"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .body("goals", equalTo("新的目标"))
                .body("version", is(1));
        body.put("version", 1);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/999999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void lifeCycleGoesDraftActiveClosedOnly() {
        long id = CampaignSamples.campaign();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{id}/activate", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("CAMPAIGN_HAS_NO_PHASES"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{id}/close", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_NOT_ACTIVE"));
        CampaignSamples.phase(id, 1, "P1", "2026-01-01", "2026-02-01");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{id}/activate", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("version", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .post("/api/v1/campaigns/{id}/activate", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_NOT_FINALISED"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{id}/close", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/campaigns/{id}/close", id)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("version"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .post("/api/v1/campaigns/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 2))
                .post("/api/v1/campaigns/{id}/activate", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void aClosedCampaignIsReadOnly() {
        long id = CampaignSamples.closedCampaign();
        Map<String, Object> body = CampaignSamples.campaignBody();
        body.put("version", 2);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void onlyDraftsAreDeletedWithTheirConfiguration() {
        long id = CampaignSamples.campaign();
        long phase = CampaignSamples.phase(id, 1, "P1", "2026-01-01", "2026-02-01");
        CampaignSamples.standard(id, "STUDY", 10, 15);
        CampaignSamples.deliverableType(id, phase, "PLAN");
        CampaignSamples.participate(id, Samples.branch());
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void aBranchAccountSeesOnlyCampaignsItsBranchTakesPartIn() {
        long own = Samples.branch();
        long joined = CampaignSamples.campaign();
        long other = CampaignSamples.campaign();
        CampaignSamples.participate(joined, own);
        given().auth()
                .oauth2(Tokens.branch(own))
                .queryParam("size", 100)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items.id", equalTo(List.of((int) joined)));
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/campaigns/{id}", joined)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/campaigns/{id}", other)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", not(containsString("Exception")));
        given().auth()
                .oauth2(Tokens.assessor())
                .get("/api/v1/campaigns/{id}", other)
                .then()
                .statusCode(200);
    }

    @Test
    void onlyStaffWriteAuditorsReadNothingAndAnonymousCallersAreTurnedAway() {
        long id = CampaignSamples.campaign();
        long branch = Samples.branch();
        CampaignSamples.participate(id, branch);
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(branch), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(CampaignSamples.campaignBody())
                    .post("/api/v1/campaigns")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            Map<String, Object> body = CampaignSamples.campaignBody();
            body.put("version", 0);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/campaigns/{id}", id)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 0))
                    .post("/api/v1/campaigns/{id}/activate", id)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 0))
                    .post("/api/v1/campaigns/{id}/close", id)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .delete("/api/v1/campaigns/{id}", id)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "复制", "year", 2027, "startsOn", "2027-01-01"))
                    .post("/api/v1/campaigns/{id}/copy", id)
                    .then()
                    .statusCode(403);
        }
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/campaigns").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.auditor())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(403);
        given().get("/api/v1/campaigns").then().statusCode(401).contentType(PROBLEM);
        given().get("/api/v1/campaigns/{id}", id).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(CampaignSamples.campaignBody())
                .post("/api/v1/campaigns")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("status", "DRAFT")
                .queryParam("size", 100)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("DRAFT")));
    }
}
