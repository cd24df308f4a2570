package app.chuangxian.account;

import static io.restassured.RestAssured.given;

import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts made through the API for sign-in tests. */
final class AccountFixtures {
    static final String FIRST_PASSWORD = "Temp@2026x";
    static final String OWN_PASSWORD = "Mine#2026y";

    record Created(long id, String username) {}

    private AccountFixtures() {}

    static Map<String, Object> body(String role, Long branchId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", Samples.unique("u").toLowerCase());
        body.put("displayName", "测试账号");
        body.put("roles", List.of(role));
        body.put("branchId", branchId);
        body.put("phone", "13912345678");
        body.put("email", "someone@example.org");
        body.put("password", FIRST_PASSWORD);
        return body;
    }

    /** A new account with the temporary password FIRST_PASSWORD. */
    static Created create(String role, Long branchId) {
        Map<String, Object> body = body(role, branchId);
        long id = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/accounts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        return new Created(id, (String) body.get("username"));
    }

    /** A new account that has already chosen its own password OWN_PASSWORD. */
    static Created ready(String role, Long branchId) {
        Created c = create(role, branchId);
        String restricted = login(c.username(), FIRST_PASSWORD).path("accessToken");
        given().auth()
                .oauth2(restricted)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", FIRST_PASSWORD, "newPassword", OWN_PASSWORD))
                .put("/api/v1/me/password")
                .then()
                .statusCode(204);
        return c;
    }

    private static String ownHash;

    /** A ready account written straight to the database (one bcrypt for all of them): for tests that need many. */
    static Created direct(String role, Long branchId) {
        if (ownHash == null) {
            ownHash = PasswordHashing.hash(OWN_PASSWORD);
        }
        String username = Samples.unique("d").toLowerCase();
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = username;
            a.displayName = "测试账号";
            a.passwordHash = ownHash;
            a.setRoleSet(java.util.Set.of(role));
            a.branchId = branchId;
            a.mustChangePassword = false;
            a.persist();
            return a.id;
        });
        return new Created(id, username);
    }

    static ExtractableResponse<Response> login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract();
    }

    static io.restassured.response.ValidatableResponse loginAttempt(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then();
    }

    static int version(long id) {
        return given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/accounts/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }
}
