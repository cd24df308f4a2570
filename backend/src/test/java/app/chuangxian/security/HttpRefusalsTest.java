package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses before any resource runs is a problem+json with the usual protective headers. */
@QuarkusTest
class HttpRefusalsTest {

    @Test
    void anOverlongQueryStringIsAProblem414() {
        String longQuery = "x".repeat(10_000);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", longQuery)
                .get("/api/v1/branches")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("code", equalTo("URI_TOO_LONG"))
                .body("status", equalTo(414));
        // far longer still (beyond 8 KB, within the decoder's line limit) it is the same answer
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", "y".repeat(40_000))
                .get("/api/v1/branches")
                .then()
                .statusCode(414)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("q", "x".repeat(4_000))
                .get("/api/v1/branches")
                .then()
                .statusCode(not(equalTo(414)));
    }

    @Test
    void theContractIsServedWithALockedDownPolicy() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff");
    }
}
