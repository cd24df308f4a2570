package app.chuangxian.common.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics holds the HTTP, pool and JVM metrics and the product's own counters, which count what happened. */
@QuarkusTest
class MetricsTest {
    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series, 0 when it has not been counted yet. */
    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void theServerAndThePoolAreMeasured() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches?size=1")
                .then()
                .statusCode(200);
        String metrics = metrics();
        for (String name : new String[] {"http_server_requests_seconds_count", "jvm_memory_used_bytes", "agroal_"}) {
            assertTrue(metrics.contains(name), "/q/metrics lacks " + name);
        }
    }

    @Test
    void signInsAreCountedByOutcome() {
        String failed = "chuangxian_sign_ins_total{kind=\"account\",outcome=\"failed\"}";
        double before = value(metrics(), failed);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + System.nanoTime(), "password", "wrong password"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        assertEquals(before + 1, value(metrics(), failed), failed);
    }

    @Test
    void submissionsAndExportsAreCounted() {
        World w = DeliverableFixture.world();
        long id = DeliverableFixture.draft(w, w.branchA(), w.plan(), DeliverableFixture.planFields());
        String submissions = "chuangxian_deliverable_submissions_total{late=\"false\"}";
        double submitted = value(metrics(), submissions);
        DeliverableFixture.submit(w, w.branchA(), id);
        assertEquals(submitted + 1, value(metrics(), submissions), submissions);

        String exports = "chuangxian_exports_total{kind=\"Branch\"}";
        double exported = value(metrics(), exports);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/exports/branches.xlsx")
                .then()
                .statusCode(200);
        assertEquals(exported + 1, value(metrics(), exports), exports);
    }
}
