package app.chuangxian.branch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BranchResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private static long create(Map<String, Object> body) {
        return ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/branches")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void staffCreateAndReadABranchWithFourByteChinese() {
        Map<String, Object> body = Samples.branchBody();
        body.put("name", "民进𠀀𡃁测试支部" + body.get("code"));
        var created = given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/branches")
                .then()
                .statusCode(201)
                .extract();
        long id = ((Number) created.path("id")).longValue();
        org.junit.jupiter.api.Assertions.assertEquals(
                "/api/v1/branches/" + id,
                java.net.URI.create(created.header("Location")).getPath());

        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo(body.get("name")))
                .body("kind", equalTo("BRANCH"))
                .body("memberCount", equalTo(12))
                .body("contactPhone", equalTo("13812345678"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));
    }

    /** The audit log's record of whole contacts of the branch seen, as an auditor reads it. */
    private static io.restassured.response.ValidatableResponse contactViews(long id) {
        return given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("action", "PERSONAL_DATA_VIEW")
                .queryParam("entityType", "Branch")
                .queryParam("entityId", id)
                .get("/api/v1/audit-events")
                .then();
    }

    @Test
    void staffSeeingABranchsContactWholeIsAudited() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("contactPhone", equalTo("13812345678"));
        contactViews(id).statusCode(200).body("total", is(1)).body("items[0].actor", equalTo("t-admin"));
        // A masked view is not one: a leader reading the branch adds nothing.
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200);
        contactViews(id).body("total", is(1));
    }

    @Test
    void phoneNumbersAreMaskedForEveryoneButStaff() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("contactPhone", equalTo("138****5678"));
        given().auth()
                .oauth2(Tokens.branch(id))
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("contactPhone", equalTo("138****5678"));
    }

    @Test
    void listSearchesChineseNamesPagesAndSorts() {
        String marker = Samples.unique("搜");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Samples.branchBody();
            body.put("name", "民进" + marker + "支部" + i);
            create(body);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("sort", "-name")
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body("page", is(1))
                .body("size", is(2))
                .body("items.name", equalTo(List.of("民进" + marker + "支部2", "民进" + marker + "支部1")));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .queryParam("sort", "-name")
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("民进" + marker + "支部0")));
    }

    @Test
    void listRejectsBadPagingAndSorting() {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", 101)
                .get("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("size"))
                .body("fieldErrors.find { it.field == 'size' }.reason", equalTo("AT_MOST"))
                .body("fieldErrors.find { it.field == 'size' }.params", equalTo(Map.of("max", 100)));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("page", 0)
                .get("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("page"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("sort", "password")
                .get("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("sort"))
                .body("detail", containsString("cannot sort by"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("status", "GONE")
                .get("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].reason", equalTo("ONE_OF"))
                .body("fieldErrors[0].params.allowed", equalTo("ACTIVE, ARCHIVED"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", "many")
                .get("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].code", equalTo("WRONG_TYPE"))
                .body("fieldErrors[0].reason", equalTo("WHOLE_NUMBER"))
                .body("fieldErrors[0].params", equalTo(Map.of("min", Integer.MIN_VALUE, "max", Integer.MAX_VALUE)));
    }

    @Test
    void invalidBodiesAreProblemsNamingTheFields() {
        Map<String, Object> body = Samples.branchBody();
        body.put("name", " ");
        body.put("code", "has space");
        body.put("memberCount", -1);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/api/problems/validation"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("fieldErrors.field", hasItems("name", "code", "memberCount"))
                .body("fieldErrors.find { it.field == 'name' }.code", equalTo("REQUIRED"))
                .body("fieldErrors.find { it.field == 'name' }.reason", nullValue())
                .body("fieldErrors.find { it.field == 'code' }.code", equalTo("PATTERN"))
                .body("fieldErrors.find { it.field == 'code' }.reason", equalTo("CODE_CHARS"))
                .body("fieldErrors.find { it.field == 'code' }.params", nullValue())
                .body("fieldErrors.find { it.field == 'memberCount' }.code", equalTo("OUT_OF_RANGE"))
                .body("fieldErrors.find { it.field == 'memberCount' }.reason", equalTo("AT_LEAST"))
                .body("fieldErrors.find { it.field == 'memberCount' }.params", equalTo(Map.of("min", 0)));

        Map<String, Object> unknown = Samples.branchBody();
        unknown.put("secret", "x");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", equalTo("secret"));

        Map<String, Object> wrongType = Samples.branchBody();
        wrongType.put("memberCount", "many");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(wrongType)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", equalTo("memberCount"))
                .body("fieldErrors[0].code", equalTo("WRONG_TYPE"))
                .body("fieldErrors[0].reason", equalTo("WHOLE_NUMBER"));

        Map<String, Object> wrongEnum = Samples.branchBody();
        wrongEnum.put("kind", "CLUB");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(wrongEnum)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors[0].field", equalTo("kind"))
                .body("fieldErrors[0].reason", equalTo("ONE_OF"))
                .body("fieldErrors[0].params.allowed", equalTo("BRANCH, GENERAL_BRANCH, GRASSROOTS_COMMITTEE"));

        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_JSON"));

        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void duplicatesAreConflicts() {
        Map<String, Object> body = Samples.branchBody();
        create(body);
        Map<String, Object> sameCode = Samples.branchBody();
        sameCode.put("code", body.get("code"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(sameCode)
                .post("/api/v1/branches")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("BRANCH_CODE_TAKEN"));
        Map<String, Object> sameName = Samples.branchBody();
        sameName.put("name", body.get("name"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(sameName)
                .post("/api/v1/branches")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("BRANCH_NAME_TAKEN"));
    }

    @Test
    void updatesUseOptimisticLocking() {
        Map<String, Object> body = Samples.branchBody();
        long id = create(body);
        body.put("memberCount", 30);
        body.put("version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("memberCount", is(30))
                .body("version", is(1));
        body.put("memberCount", 99);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/branches/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("STALE_VERSION"));
        body.remove("version");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/branches/{id}", id)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("version"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .body("memberCount", is(30))
                .body("version", is(1));
        body.put("version", 1);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/branches/999999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void archiveAndRestoreKeepTheBranch() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/branches/{id}/archive", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("version", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .post("/api/v1/branches/{id}/archive", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("status", "ARCHIVED")
                .queryParam("size", 100)
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("ARCHIVED")))
                .body("items.id", hasItem((int) id));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .post("/api/v1/branches/{id}/restore", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aBranchAccountSeesOnlyItsOwnBranch() {
        long own = Samples.branch();
        long other = Samples.branch();
        given().auth()
                .oauth2(Tokens.branch(own))
                .queryParam("size", 100)
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items.id", equalTo(List.of((int) own)));
        given().auth()
                .oauth2(Tokens.branch(own))
                .get("/api/v1/branches/{id}", other)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void onlyStaffWriteAndAnonymousCallersAreTurnedAway() {
        long id = Samples.branch();
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(id), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Samples.branchBody())
                    .post("/api/v1/branches")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 0))
                    .post("/api/v1/branches/{id}/archive", id)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/branches").then().statusCode(403);
        given().get("/api/v1/branches").then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2("not.a.token")
                .get("/api/v1/branches")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("detail", not(containsString("Exception")));
    }
}
