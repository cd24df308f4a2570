package app.chuangxian.account;

import static app.chuangxian.account.AccountFixtures.OWN_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Refresh rotation and reuse, logout, idle expiry, lockout and the audit of sign-ins. */
@QuarkusTest
class SignInTest {

    private static io.restassured.response.ValidatableResponse refresh(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh")
                .then();
    }

    @Test
    void signInGivesBothTokensAndARefreshRotates() {
        var c = AccountFixtures.ready("VIEWER", null);
        var login = AccountFixtures.login(c.username(), OWN_PASSWORD);
        Assertions.assertEquals(1800, ((Number) login.path("refreshExpiresIn")).intValue());
        Assertions.assertNull(login.path("restriction"));
        String first = login.path("refreshToken");
        String second = refresh(first)
                .statusCode(200)
                .body("refreshToken", not(equalTo(first)))
                .body("username", equalTo(c.username()))
                .extract()
                .path("refreshToken");
        String access = refresh(second).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(200).body("id", equalTo((int) c.id()));
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeSignIn() {
        var c = AccountFixtures.ready("VIEWER", null);
        String first = AccountFixtures.login(c.username(), OWN_PASSWORD).path("refreshToken");
        String second = refresh(first).statusCode(200).extract().path("refreshToken");
        // within seconds of its rotation a second use lost a race (a double click, a retry): refused, nothing revoked
        refresh(first)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("REFRESH_IN_PROGRESS"));
        QuarkusTransaction.requiringNew()
                .run(() -> RefreshToken.findByHash(SessionTokens.hash(first)).orElseThrow().rotatedAt =
                        Instant.now().minusSeconds(60));
        refresh(first)
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("REFRESH_TOKEN_REUSED"));
        refresh(second).statusCode(401);
    }

    @Test
    void refreshTokensAreStoredHashed() {
        var c = AccountFixtures.ready("VIEWER", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("refreshToken");
        Assertions.assertTrue(QuarkusTransaction.requiringNew()
                        .call(() -> RefreshToken.find("tokenHash", token).count())
                == 0);
        Assertions.assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> RefreshToken.findByHash(SessionTokens.hash(token)).isPresent()));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        var c = AccountFixtures.ready("VIEWER", null);
        var login = AccountFixtures.login(c.username(), OWN_PASSWORD);
        String refreshToken = login.path("refreshToken");
        given().auth()
                .oauth2((String) login.path("accessToken"))
                .contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(refreshToken).statusCode(401);
    }

    @Test
    void anIdleSessionExpires() {
        var c = AccountFixtures.ready("VIEWER", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("refreshToken");
        QuarkusTransaction.requiringNew()
                .run(() -> RefreshToken.findByHash(SessionTokens.hash(token)).orElseThrow().expiresAt =
                        Instant.now().minusSeconds(1));
        refresh(token).statusCode(401).body("code", equalTo("SESSION_EXPIRED"));
    }

    @Test
    void fiveFailuresLockTheAccountForTenMinutesWithTheSameMessage() {
        var c = AccountFixtures.ready("VIEWER", null);
        String detail = null;
        for (int i = 0; i < 5; i++) {
            detail = AccountFixtures.loginAttempt(c.username(), "Wrong@Pass" + i)
                    .statusCode(401)
                    .extract()
                    .path("detail");
        }
        String locked = AccountFixtures.loginAttempt(c.username(), OWN_PASSWORD)
                .statusCode(401)
                .extract()
                .path("detail");
        Assertions.assertEquals(detail, locked);
        Instant until = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(c.id()).lockedUntil);
        long minutes = Duration.between(Instant.now(), until).toMinutes();
        Assertions.assertTrue(minutes >= 9 && minutes <= 10, "locked for " + minutes + " minutes");
        QuarkusTransaction.requiringNew()
                .run(() -> Account.<Account>findById(c.id()).lockedUntil =
                        Instant.now().minusSeconds(1));
        String access = AccountFixtures.login(c.username(), OWN_PASSWORD).path("accessToken");
        // the owner finds a message about the lock at the next sign-in (if the attempts were not theirs)
        given().auth()
                .oauth2(access)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unread", is(1))
                .body("items[0].kind", equalTo("ACCOUNT_LOCKED"))
                .body("items[0].params.minutes", equalTo("10"));
        // a reset by staff is told too
        int version = QuarkusTransaction.requiringNew().call(() -> (int) Account.<Account>findById(c.id()).version);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version))
                .post("/api/v1/accounts/{id}/reset-password", c.id())
                .then()
                .statusCode(200);
        Assertions.assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> app.chuangxian.notification.Notification.count(
                                "accountId = ?1 and kind = ?2",
                                c.id(),
                                app.chuangxian.notification.NotificationKind.PASSWORD_RESET)));
    }

    @Test
    void fourFailuresAndASuccessDoNotLock() {
        var c = AccountFixtures.ready("VIEWER", null);
        for (int i = 0; i < 4; i++) {
            AccountFixtures.loginAttempt(c.username(), "Wrong@Pass" + i).statusCode(401);
        }
        AccountFixtures.login(c.username(), OWN_PASSWORD);
        Assertions.assertEquals(
                0, QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(c.id()).failedLogins));
    }

    @Test
    void signInsSucceededAndFailedAreAudited() {
        var c = AccountFixtures.ready("VIEWER", null);
        AccountFixtures.loginAttempt(c.username(), "Wrong@Pass9").statusCode(401);
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("actor", c.username())
                .queryParam("action", "LOGIN_FAILED")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].outcome", is(401))
                .body("items[0].accountId", is((int) c.id()));
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("actor", c.username())
                .queryParam("action", "LOGIN_SUCCEEDED")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
        AccountFixtures.loginAttempt("ghost-user-zz", "Wrong@Pass9").statusCode(401);
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("actor", "ghost-user-zz")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("LOGIN_FAILED"))
                .body("items[0].accountId", nullValue())
                .body("items[0].remoteAddress", not(nullValue()));
    }
}
