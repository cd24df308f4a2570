package app.chuangxian.account;

import static app.chuangxian.account.AccountFixtures.OWN_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void staffCreateReadAndFindAnAccountAndSeeingThePhoneIsAudited() {
        long branch = Samples.branch();
        var created = AccountFixtures.create("BRANCH", branch);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/accounts/{id}", created.id())
                .then()
                .statusCode(200)
                .body("username", equalTo(created.username()))
                .body("roles", equalTo(List.of("BRANCH")))
                .body("branchId", equalTo((int) branch))
                .body("phone", equalTo("13912345678"))
                .body("mustChangePassword", is(true))
                .body("enabled", is(true))
                .body("version", equalTo(0));
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("action", "PERSONAL_DATA_VIEW")
                .queryParam("entityType", "Account")
                .queryParam("entityId", created.id())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items[0].actor", equalTo("t-admin"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("role", "BRANCH")
                .queryParam("branchId", branch)
                .queryParam("enabled", true)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].username", equalTo(created.username()));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", created.username().toUpperCase())
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("role", "ADMIN")
                .queryParam("branchId", branch)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void everyoneButStaffSeesTheirPhoneMasked() {
        var c = AccountFixtures.ready("VIEWER", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("accessToken");
        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(c.username()))
                .body("phone", equalTo("139****5678"));
    }

    @Test
    void weakPasswordsUnknownRolesAndBranchlessBranchAccountsAreFieldErrors() {
        for (String weak : List.of("Ab1!", "alllowercase1", "ALLUPPER!!", "12345678")) {
            Map<String, Object> body = AccountFixtures.body("VIEWER", null);
            body.put("password", weak);
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/accounts")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("fieldErrors.field", hasItem("password"));
        }
        Map<String, Object> branchless = AccountFixtures.body("BRANCH", null);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(branchless)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("branchId"));
        Map<String, Object> unknownRole = AccountFixtures.body("SUPERUSER", null);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unknownRole)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("roles"));
        Map<String, Object> unknownField = AccountFixtures.body("VIEWER", null);
        unknownField.put("isRoot", true);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unknownField)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("isRoot"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/accounts/{id}", 987654321L)
                .then()
                .statusCode(404);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        var c = AccountFixtures.create("VIEWER", null);
        Map<String, Object> body = AccountFixtures.body("VIEWER", null);
        body.put("username", c.username());
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .body("code", equalTo("USERNAME_TAKEN"));
    }

    @Test
    void updatesUseOptimisticLocking() {
        var c = AccountFixtures.create("VIEWER", null);
        Map<String, Object> update = Map.of("displayName", "改名", "roles", List.of("ASSESSOR"), "version", 0);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(update)
                .put("/api/v1/accounts/{id}", c.id())
                .then()
                .statusCode(200)
                .body("displayName", equalTo("改名"))
                .body("roles", equalTo(List.of("ASSESSOR")))
                .body("phone", nullValue())
                .body("version", equalTo(1));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "再改", "roles", List.of("VIEWER"), "version", 0))
                .put("/api/v1/accounts/{id}", c.id())
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/accounts/{id}", c.id())
                .then()
                .body("displayName", equalTo("改名"))
                .body("version", equalTo(1));
    }

    @Test
    void aDisabledAccountsTokenStopsWorkingAndItCannotSignIn() {
        var c = AccountFixtures.ready("VIEWER", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("accessToken");
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", AccountFixtures.version(c.id())))
                .post("/api/v1/accounts/{id}/disable", c.id())
                .then()
                .statusCode(200)
                .body("enabled", is(false));
        given().auth()
                .oauth2(token)
                .get("/api/v1/branches")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        String disabled = AccountFixtures.loginAttempt(c.username(), OWN_PASSWORD)
                .statusCode(401)
                .extract()
                .path("detail");
        String unknown = AccountFixtures.loginAttempt("no-such-user-x", OWN_PASSWORD)
                .statusCode(401)
                .extract()
                .path("detail");
        Assertions.assertEquals(unknown, disabled);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", AccountFixtures.version(c.id())))
                .post("/api/v1/accounts/{id}/disable", c.id())
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", AccountFixtures.version(c.id())))
                .post("/api/v1/accounts/{id}/enable", c.id())
                .then()
                .statusCode(200)
                .body("enabled", is(true));
        // enabling again does not bring back the tokens issued before: the account signs in anew
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(401);
        AccountFixtures.login(c.username(), OWN_PASSWORD);
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        var c = AccountFixtures.ready("VIEWER", null);
        String oldRefresh = AccountFixtures.login(c.username(), OWN_PASSWORD).path("refreshToken");
        String temporary = given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", AccountFixtures.version(c.id())))
                .post("/api/v1/accounts/{id}/reset-password", c.id())
                .then()
                .statusCode(200)
                .body("account.mustChangePassword", is(true))
                .extract()
                .path("temporaryPassword");
        Assertions.assertTrue(PasswordPolicy.accepts(temporary), temporary);
        AccountFixtures.loginAttempt(c.username(), OWN_PASSWORD).statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", oldRefresh))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);

        var login = AccountFixtures.login(c.username(), temporary);
        Assertions.assertEquals("PASSWORD_CHANGE_REQUIRED", login.path("restriction"));
        String restricted = login.path("accessToken");
        given().auth()
                .oauth2(restricted)
                .get("/api/v1/branches")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        given().auth()
                .oauth2(restricted)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("mustChangePassword", is(true));
        given().auth()
                .oauth2(restricted)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", temporary, "newPassword", "weakweak"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("newPassword"));
        given().auth()
                .oauth2(restricted)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Wrong@123", "newPassword", "Fresh@2026z"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("currentPassword"));
        given().auth()
                .oauth2(restricted)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", temporary, "newPassword", "Fresh@2026z"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(204);
        String full = AccountFixtures.login(c.username(), "Fresh@2026z").path("accessToken");
        given().auth().oauth2(full).get("/api/v1/branches").then().statusCode(200);
    }

    @Test
    void onlyStaffManageAccounts() {
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/accounts")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.auditor())
                .contentType(ContentType.JSON)
                .body(AccountFixtures.body("ADMIN", null))
                .post("/api/v1/accounts")
                .then()
                .statusCode(403);
        given().get("/api/v1/accounts").then().statusCode(401).contentType(PROBLEM);
    }
}
