package app.chuangxian.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @BeforeEach
    void anAccountExists() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByUsername("login-test").isEmpty()) {
                Account a = new Account();
                a.username = "login-test";
                a.displayName = "登录测试";
                a.passwordHash = PasswordHashing.hash("Right@Pass1");
                a.setRoleSet(Set.of("VIEWER"));
                a.mustChangePassword = false;
                Account.persist(a);
            }
        });
    }

    @Test
    void theRightPasswordGivesATokenThatOpensTheApi() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "login-test", "password", "Right@Pass1"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("roles", hasItem("VIEWER"))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .extract()
                .path("accessToken");
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookTheSame() {
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("username", "login-test", "password", "Wrong@Pass1"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownUser = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-here", "password", "Wrong@Pass1"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void missingFieldsAreValidationProblems() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "x"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("password"));
    }
}
