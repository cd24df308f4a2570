package app.chuangxian.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every write is recorded with who, what, where from, the outcome and the names of the fields sent. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void aCreateIsRecordedWithTheNewIdAndTheFieldNames() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("entityType", "Branch")
                .queryParam("entityId", id)
                .queryParam("action", "POST")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].actor", equalTo("t-admin"))
                .body("items[0].actorKind", equalTo("ACCOUNT"))
                .body("items[0].path", equalTo("/api/v1/branches"))
                .body("items[0].outcome", is(201))
                .body("items[0].changedFields", hasItems("code", "name", "kind", "contactPhone"))
                .body("items[0].remoteAddress", not(equalTo(null)));
    }

    @Test
    void aFailedWriteIsRecordedWithItsStatusAndTheIdFromThePath() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 7))
                .post("/api/v1/branches/{id}/archive", id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("entityType", "Branch")
                .queryParam("entityId", id)
                .queryParam("outcome", 409)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].path", equalTo("/api/v1/branches/" + id + "/archive"))
                .body("items[0].changedFields", equalTo(List.of("version")));
    }

    @Test
    void passwordValuesNeverReachTheLog() {
        String secret = "Leak@Test" + Samples.unique("p");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", secret, "newPassword", secret + "x"))
                .put("/api/v1/me/password");
        String page = given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("action", "PUT")
                .queryParam("size", 100)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.path", org.hamcrest.Matchers.hasItem("/api/v1/me/password"))
                .extract()
                .asString();
        Assertions.assertFalse(page.contains(secret), "a password value was logged");
        Assertions.assertTrue(page.contains("currentPassword"));
    }

    @Test
    void theLogIsFilteredByTimeAndReadOnly() {
        Instant before = Instant.now().minusSeconds(1);
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("entityType", "Branch")
                .queryParam("entityId", id)
                .queryParam("from", before.toString())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", is(1));
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("entityType", "Branch")
                .queryParam("entityId", id)
                .queryParam("to", before.toString())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("from", "yesterday")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("from"));
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/audit-events")
                .then()
                .statusCode(405);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/audit-events/1")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(404), is(405)));
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.branch(id))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403);
    }

    @Test
    void entityNamesComeFromThePath() {
        Assertions.assertEquals(new EntityRef("Branch", "7"), EntityRef.fromPath("/api/v1/branches/7/archive"));
        Assertions.assertEquals(
                new EntityRef("LeadingGroupMember", "3"),
                EntityRef.fromPath("/api/v1/branches/7/leading-group-members/3"));
        Assertions.assertEquals(new EntityRef("Category", null), EntityRef.fromPath("/api/v1/categories"));
        Assertions.assertEquals(new EntityRef("Me", null), EntityRef.fromPath("/api/v1/me/password"));
        Assertions.assertEquals(
                new EntityRef("Deliverable", "12"), EntityRef.fromPath("/api/v1/campaigns/2/deliverables/12"));
    }
}
