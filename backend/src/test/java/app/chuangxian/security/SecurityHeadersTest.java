package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyResponseCarriesTheFixedHeaders() {
        for (String path : new String[] {"/api/v1/branches", "/q/health", "/api/v1/nothing-here"}) {
            given().auth()
                    .oauth2(Tokens.viewer())
                    .get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY");
        }
        given().get("/api/v1/branches")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void hstsOnlyBehindTls() {
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        given().auth()
                .oauth2(Tokens.viewer())
                .header("X-Forwarded-Proto", "https")
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/branches")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth()
                .oauth2(Tokens.viewer())
                .header("Origin", "https://elsewhere.example")
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
