package app.chuangxian.assessment.results;

import static io.restassured.RestAssured.given;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.support.ScaleData;
import app.chuangxian.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: prints how long the results request takes for 10,000 branches x 7 submitted scoresheets
 * (4 standards x 3 indicators, trimmed mean), loaded by {@link ScaleData}. Run with {@code -Dtest=ResultsBenchmark -Dgroups=bench -DexcludedGroups=}.
 */
@QuarkusTest
@Tag("bench")
class ResultsBenchmark {
    static final int BRANCHES = 10_000;

    @Test
    void rankTenThousandBranchesScoredBySevenAssessors() throws SQLException {
        long start = System.nanoTime();
        long campaignId = seed();
        System.out.printf(
                "bench: inserted %d branches x %d scoresheets x %d indicators in %d ms%n",
                BRANCHES,
                ScaleData.ASSESSORS,
                ScaleData.STANDARDS * ScaleData.INDICATOR_POINTS.length,
                (System.nanoTime() - start) / 1_000_000);
        // the rows were written directly, so their kept aggregates come from the same recompute a submit runs
        start = System.nanoTime();
        int computed = Arc.container().instance(ScoreAggregates.class).get().backfill();
        long took = System.nanoTime() - start;
        System.out.printf(
                "bench: kept aggregates of %d branches computed in %d ms (%.2f ms per branch)%n",
                computed, took / 1_000_000, took / 1e6 / Math.max(1, computed));
        for (String query :
                new String[] {"size=20", "size=20&page=250", "size=100&flagged=true", "size=20&sort=-total"}) {
            for (int run = 1; run <= 4; run++) {
                long t = System.nanoTime();
                int total = given().auth()
                        .oauth2(Tokens.admin())
                        .get("/api/v1/campaigns/" + campaignId + "/results?" + query)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
                System.out.printf(
                        "bench: GET results?%s run %d: %d ms (total %d)%n",
                        query, run, (System.nanoTime() - t) / 1_000_000, total);
            }
        }
    }

    private static long seed() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class)
                + "&rewriteBatchedStatements=true";
        String user = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("root");
        String password = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return ScaleData.load(c, BRANCHES).campaignId();
        }
    }
}
