package app.chuangxian.account;

import static app.chuangxian.account.AccountFixtures.OWN_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.Parallel;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every way a sign-in ends refuses its access tokens from the next request; parallel refreshes have one winner. */
@QuarkusTest
class SessionRevocationTest {

    private static ExtractableResponse<Response> signIn(AccountFixtures.Created c) {
        return AccountFixtures.login(c.username(), OWN_PASSWORD);
    }

    private static int me(String access) {
        return given().auth().oauth2(access).get("/api/v1/me").statusCode();
    }

    private static io.restassured.response.ValidatableResponse refresh(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh")
                .then();
    }

    private static int version(long id) {
        return AccountFixtures.version(id);
    }

    @Test
    void logoutEndsThisSignInOnly() {
        var c = AccountFixtures.direct("VIEWER", null);
        String phone = signIn(c).path("accessToken");
        var desk = signIn(c);
        given().auth()
                .oauth2(phone)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        assertEquals(401, me(phone), "the signed-out access token is refused at once");
        assertEquals(200, me(desk.path("accessToken")), "the other sign-in goes on");
        given().auth()
                .oauth2((String) desk.path("accessToken"))
                .contentType(ContentType.JSON)
                .body(Map.of("everywhere", true))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        assertEquals(401, me(desk.path("accessToken")));
        refresh(desk.path("refreshToken")).statusCode(401);
    }

    @Test
    void aPasswordChangeRefusesEveryEarlierToken() {
        var c = AccountFixtures.direct("VIEWER", null);
        String other = signIn(c).path("accessToken");
        String access = signIn(c).path("accessToken");
        given().auth()
                .oauth2(access)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", OWN_PASSWORD, "newPassword", "Fresh#2026q"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(204);
        assertEquals(401, me(access));
        assertEquals(401, me(other));
        assertEquals(200, me(AccountFixtures.login(c.username(), "Fresh#2026q").path("accessToken")));
    }

    @Test
    void aResetRefusesTheAccountsTokens() {
        var c = AccountFixtures.direct("VIEWER", null);
        String access = signIn(c).path("accessToken");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version(c.id())))
                .post("/api/v1/accounts/{id}/reset-password", c.id())
                .then()
                .statusCode(200);
        assertEquals(401, me(access));
    }

    @Test
    void aDemotedAdminLosesAdminAccessAtOnceAndARefreshCarriesTheNewRoles() {
        var c = AccountFixtures.direct("ADMIN", null);
        var login = signIn(c);
        String access = login.path("accessToken");
        given().auth().oauth2(access).get("/api/v1/accounts").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "降级", "roles", List.of("VIEWER"), "version", version(c.id())))
                .put("/api/v1/accounts/{id}", c.id())
                .then()
                .statusCode(200);
        given().auth().oauth2(access).get("/api/v1/accounts").then().statusCode(401);
        String renewed = refresh(login.path("refreshToken"))
                .statusCode(200)
                .body("roles", equalTo(List.of("VIEWER")))
                .extract()
                .path("accessToken");
        given().auth().oauth2(renewed).get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    void disablingRefusesTokensAndEnablingDoesNotBringThemBack() {
        var c = AccountFixtures.direct("VIEWER", null);
        String access = signIn(c).path("accessToken");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version(c.id())))
                .post("/api/v1/accounts/{id}/disable", c.id())
                .then()
                .statusCode(200);
        assertEquals(401, me(access));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version(c.id())))
                .post("/api/v1/accounts/{id}/enable", c.id())
                .then()
                .statusCode(200);
        assertEquals(401, me(access));
    }

    @Test
    void ofParallelRefreshesExactlyOneWinsAndKeepsWorking() {
        var c = AccountFixtures.direct("VIEWER", null);
        String first = signIn(c).path("refreshToken");
        List<ExtractableResponse<Response>> answers =
                Parallel.run(10, i -> refresh(first).extract());
        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(r -> r.statusCode(), Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 9L), statuses);
        var winner =
                answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertEquals(200, me(winner.path("accessToken")));
        String next =
                refresh(winner.path("refreshToken")).statusCode(200).extract().path("refreshToken");

        // long after its rotation the first token is a copy: the whole sign-in ends
        QuarkusTransaction.requiringNew()
                .run(() -> RefreshToken.findByHash(SessionTokens.hash(first)).orElseThrow().rotatedAt =
                        Instant.now().minusSeconds(60));
        refresh(first).statusCode(401).body("code", equalTo("REFRESH_TOKEN_REUSED"));
        refresh(next).statusCode(401);
        assertEquals(401, me(winner.path("accessToken")));
    }

    @Test
    void browsersGetTheRefreshTokenOnlyInAnHttpOnlyCookie() {
        var c = AccountFixtures.direct("VIEWER", null);
        var login = given().contentType(ContentType.JSON)
                .body(Map.of("username", c.username(), "password", OWN_PASSWORD, "refreshCookie", true))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("refreshToken", nullValue())
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("Path=/api/v1/auth/refresh"))
                .extract();
        String cookie = login.cookie("cx_refresh");
        var renewed = given().contentType(ContentType.JSON)
                .cookie("cx_refresh", cookie)
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .body("refreshToken", nullValue())
                .body("username", equalTo(c.username()))
                .extract();
        org.hamcrest.MatcherAssert.assertThat(renewed.cookie("cx_refresh"), not(equalTo(cookie)));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("refreshToken"));
    }
}
