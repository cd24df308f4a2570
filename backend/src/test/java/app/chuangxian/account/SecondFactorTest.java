package app.chuangxian.account;

import static app.chuangxian.account.AccountFixtures.OWN_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** TOTP enrolment for ADMIN and AUDITOR accounts, and sign-in with the code. */
@QuarkusTest
class SecondFactorTest {

    private static io.restassured.response.ValidatableResponse signIn(String username, String otp) {
        Map<String, Object> body = otp == null
                ? Map.of("username", username, "password", OWN_PASSWORD)
                : Map.of("username", username, "password", OWN_PASSWORD, "otp", otp);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/auth/token")
                .then();
    }

    @Test
    void anAuditorEnrolsConfirmsAndThenSignsInWithACode() {
        var c = AccountFixtures.ready("AUDITOR", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("accessToken");
        var enrolment = given().auth()
                .oauth2(token)
                .post("/api/v1/me/totp")
                .then()
                .statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/Chuangxian:" + c.username() + "?secret="))
                .extract();
        String secret = enrolment.path("secret");
        String wrong = Totp.codeAt(secret, Instant.now().getEpochSecond() + 300);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("code", wrong))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("code"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Totp.codeAt(secret, Instant.now().getEpochSecond())))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(200)
                .body("totpEnabled", is(true));
        given().auth().oauth2(token).post("/api/v1/me/totp").then().statusCode(409);

        signIn(c.username(), null).statusCode(401).body("code", equalTo("OTP_REQUIRED"));
        signIn(c.username(), wrong).statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        // the step that confirmed the secret is used up; the next one (accepted one step early) signs in, once
        String next = Totp.codeAt(secret, Instant.now().getEpochSecond() + Totp.STEP_SECONDS);
        signIn(c.username(), next).statusCode(200);
        signIn(c.username(), next).statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
    }

    @Test
    void aCodeIsNeverAcceptedTwiceEvenInParallel() {
        var c = AccountFixtures.direct("ADMIN", null);
        String secret = Totp.newSecret();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Account a = Account.findById(c.id());
            a.totpSecret = secret;
            a.totpEnabled = true;
        });
        String code = Totp.codeAt(secret, Instant.now().getEpochSecond());
        var statuses = app.chuangxian.support.Parallel.run(
                5, i -> signIn(c.username(), code).extract().statusCode());
        Assertions.assertEquals(
                1, statuses.stream().filter(s -> s == 200).count(), "one sign-in per code: " + statuses);
        Assertions.assertEquals(4, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
    }

    @Test
    void otherRolesCannotEnrol() {
        var c = AccountFixtures.ready("VIEWER", null);
        String token = AccountFixtures.login(c.username(), OWN_PASSWORD).path("accessToken");
        given().auth().oauth2(token).post("/api/v1/me/totp").then().statusCode(403);
    }

    @Test
    void whenMandatoryStaffWithoutASecondFactorGetARestrictedToken() {
        TokenService service = new TokenService();
        service.settings = new AuthSettingsStub(true);
        Account admin = new Account();
        admin.roles = "ADMIN";
        admin.mustChangePassword = false;
        Assertions.assertEquals("TOTP_ENROLMENT_REQUIRED", service.restrictionOf(admin));
        admin.totpEnabled = true;
        Assertions.assertNull(service.restrictionOf(admin));
        Account viewer = new Account();
        viewer.roles = "VIEWER";
        viewer.mustChangePassword = false;
        Assertions.assertNull(service.restrictionOf(viewer));
        viewer.mustChangePassword = true;
        Assertions.assertEquals("PASSWORD_CHANGE_REQUIRED", service.restrictionOf(viewer));
        service.settings = new AuthSettingsStub(false);
        admin.totpEnabled = false;
        Assertions.assertNull(service.restrictionOf(admin));
    }

    record AuthSettingsStub(boolean totpMandatory) implements AuthSettings {
        public int maxFailedLogins() {
            return 5;
        }

        public int lockoutMinutes() {
            return 10;
        }

        public int refreshIdleMinutes() {
            return 30;
        }

        public int addressMaxFailures() {
            return 20;
        }

        public int addressWindowMinutes() {
            return 10;
        }

        public int accountCheckSeconds() {
            return 0;
        }

        public int refreshRaceSeconds() {
            return 10;
        }
    }
}
