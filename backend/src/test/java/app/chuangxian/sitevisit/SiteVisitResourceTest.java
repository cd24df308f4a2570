package app.chuangxian.sitevisit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteVisitResourceTest {
    static final String LIST = "/api/v1/campaigns/{c}/site-visits";
    static final String ONE = LIST + "/{id}";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> body(long branch, String date) {
        Map<String, Object> m = new HashMap<>();
        m.put("branchId", branch);
        m.put("visitedOn", date);
        m.put("visitors", "组织部 王主任");
        m.put("findings", "学习制度健全，组织生活丰富");
        m.put("followUps", "补充会议记录");
        return m;
    }

    static long record(World w, long branch, String date) {
        return ((Number) as(Tokens.admin())
                        .body(body(branch, date))
                        .post(LIST, w.campaignId())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void staffRecordChangeAndDeleteAVisit() {
        World w = DeliverableFixture.world();
        long id = record(w, w.branchA(), "2026-03-02");
        as(Tokens.viewer())
                .get(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("visitors", equalTo("组织部 王主任"))
                .body("recordedBy", equalTo("t-admin"))
                .body("branchName", org.hamcrest.Matchers.startsWith("民进"))
                .body("version", is(0));
        Map<String, Object> change = body(w.branchA(), "2026-03-03");
        change.put("version", 0);
        as(Tokens.admin())
                .body(change)
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("visitedOn", equalTo("2026-03-03"))
                .body("version", is(1));
        as(Tokens.admin())
                .body(change)
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .queryParam("version", 0)
                .delete(ONE, w.campaignId(), id)
                .then()
                .statusCode(409);
        as(Tokens.admin())
                .queryParam("version", 1)
                .delete(ONE, w.campaignId(), id)
                .then()
                .statusCode(204);
        as(Tokens.admin()).get(ONE, w.campaignId(), id).then().statusCode(404);
    }

    @Test
    void invalidVisitsAreRefusedWithTheirFields() {
        World w = DeliverableFixture.world();
        Map<String, Object> bad = body(w.branchA(), "2026-03-02");
        bad.put("visitors", " ");
        bad.remove("visitedOn");
        as(Tokens.admin())
                .body(bad)
                .post(LIST, w.campaignId())
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("visitors", "visitedOn"));
        as(Tokens.admin())
                .body(body(w.outsider(), "2026-03-02"))
                .post(LIST, w.campaignId())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("branchId"));
        DeliverableFixture.setStatus(w.campaignId(), CampaignStatus.CLOSED);
        as(Tokens.admin())
                .body(body(w.branchA(), "2026-03-02"))
                .post(LIST, w.campaignId())
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void aBranchReadsOnlyItsOwnVisits() {
        World w = DeliverableFixture.world();
        long a = record(w, w.branchA(), "2026-03-02");
        long b = record(w, w.branchB(), "2026-04-02");
        as(Tokens.branch(w.branchA()))
                .get(LIST, w.campaignId())
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items.id", contains((int) a));
        as(Tokens.branch(w.branchA())).get(ONE, w.campaignId(), b).then().statusCode(404);
        as(Tokens.branch(w.branchA())).get(ONE, w.campaignId(), a).then().statusCode(200);
        as(Tokens.viewer()).get(LIST, w.campaignId()).then().statusCode(200).body("items.id", contains((int) b, (int)
                a));
        as(Tokens.viewer())
                .queryParam("from", "2026-04-01")
                .get(LIST, w.campaignId())
                .then()
                .body("items.id", contains((int) b));
        as(Tokens.viewer())
                .queryParam("sort", "visitedOn")
                .queryParam("branchId", w.branchA())
                .get(LIST, w.campaignId())
                .then()
                .body("items.id", contains((int) a));
        as(Tokens.branch(w.branchA()))
                .body(body(w.branchA(), "2026-03-02"))
                .post(LIST, w.campaignId())
                .then()
                .statusCode(403);
        as(Tokens.viewer())
                .body(body(w.branchA(), "2026-03-02"))
                .put(ONE, w.campaignId(), a)
                .then()
                .statusCode(403);
        as(Tokens.branch(w.branchA()))
                .queryParam("version", 0)
                .delete(ONE, w.campaignId(), a)
                .then()
                .statusCode(403);
        as(Tokens.auditor()).get(LIST, w.campaignId()).then().statusCode(403);
        given().get(LIST, w.campaignId()).then().statusCode(401);
        as(Tokens.branch(w.outsider())).get(LIST, w.campaignId()).then().statusCode(404);
    }
}
