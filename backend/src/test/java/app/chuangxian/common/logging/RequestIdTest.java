package app.chuangxian.common.logging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every answer carries the request's id, in its header and in a problem's body; a sensible id sent is kept. */
@QuarkusTest
class RequestIdTest {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersIdIsEchoedAndQuotedInTheProblem() {
        given().auth()
                .oauth2(Tokens.admin())
                .header(RequestIds.HEADER, "gateway-7f3a:42")
                .get("/api/v1/branches/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .header(RequestIds.HEADER, "gateway-7f3a:42")
                .body("requestId", equalTo("gateway-7f3a:42"));
    }

    @Test
    void withoutOneAnIdIsMadeAndEachRequestHasItsOwn() {
        Response first = given().auth().oauth2(Tokens.admin()).get("/api/v1/branches/{id}", Long.MAX_VALUE);
        Response second = given().auth().oauth2(Tokens.admin()).get("/api/v1/branches/{id}", Long.MAX_VALUE);
        first.then().statusCode(404).header(RequestIds.HEADER, matchesPattern(UUID));
        assertEquals(first.header(RequestIds.HEADER), first.jsonPath().getString("requestId"));
        assertNotEquals(first.header(RequestIds.HEADER), second.header(RequestIds.HEADER));
        // an answer that is no problem carries the id too
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches?size=1")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        for (String hostile : new String[] {"a b", "line\tbreak", "<script>", "x".repeat(129), ""}) {
            given().auth()
                    .oauth2(Tokens.admin())
                    .header(RequestIds.HEADER, hostile)
                    .get("/api/v1/branches/{id}", Long.MAX_VALUE)
                    .then()
                    .statusCode(404)
                    .header(RequestIds.HEADER, matchesPattern(UUID))
                    .body("requestId", matchesPattern(UUID));
        }
    }

    @Test
    void refusalsBeforeAnyResourceRunsCarryTheIdToo() {
        given().header(RequestIds.HEADER, "early-1")
                .get("/api/v1/branches?q=" + "x".repeat(9000))
                .then()
                .statusCode(414)
                .header(RequestIds.HEADER, "early-1")
                .body("requestId", equalTo("early-1"));
        given().header(RequestIds.HEADER, "early-2")
                .get("/api/v1/branches")
                .then()
                .statusCode(401)
                .header(RequestIds.HEADER, "early-2")
                .body("requestId", equalTo("early-2"));
    }
}
