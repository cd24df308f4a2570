package app.chuangxian.assessment.results;

import static io.restassured.RestAssured.given;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: prints how long the results request takes for 10,000 branches x 7 submitted scoresheets
 * (4 standards x 3 indicators, trimmed mean). Run with {@code -Dtest=ResultsBenchmark -Dgroups=bench -DexcludedGroups=}.
 */
@QuarkusTest
@Tag("bench")
class ResultsBenchmark {
    static final int BRANCHES = 10_000;
    static final int ASSESSORS = 7;
    static final int STANDARDS = 4;
    static final int[] INDICATOR_POINTS = {10, 10, 5};

    @Test
    void rankTenThousandBranchesScoredBySevenAssessors() throws SQLException {
        long start = System.nanoTime();
        long campaignId = seed();
        System.out.printf(
                "bench: inserted %d branches x %d scoresheets x %d indicators in %d ms%n",
                BRANCHES, ASSESSORS, STANDARDS * INDICATOR_POINTS.length, (System.nanoTime() - start) / 1_000_000);
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
        Random random = new Random(2009);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long campaignId = insertReturningId(
                    c,
                    "insert into campaigns (title, campaign_year, aggregation_method,"
                            + " disagreement_threshold, status) values ('基准测试活动', 2025, 'TRIMMED_MEAN', 12.0, 'ACTIVE')");
            long[] indicators = new long[STANDARDS * INDICATOR_POINTS.length];
            for (int s = 0; s < STANDARDS; s++) {
                long standardId = insertReturningId(
                        c,
                        "insert into standards (campaign_id, seq, code, name, max_points)" + " values (" + campaignId
                                + ", " + (s + 1) + ", 'S" + s + "', '标准" + s + "', 25.0)");
                for (int i = 0; i < INDICATOR_POINTS.length; i++) {
                    indicators[s * INDICATOR_POINTS.length + i] = insertReturningId(
                            c,
                            "insert into indicators (campaign_id,"
                                    + " standard_id, seq, code, name, max_points) values (" + campaignId + ", "
                                    + standardId + ", "
                                    + (i + 1) + ", 'I" + s + i + "', '细则" + s + i + "', " + INDICATOR_POINTS[i] + ")");
                }
            }
            exec(
                    c,
                    "insert into grade_thresholds (campaign_id, code, name, min_total) values (" + campaignId
                            + ", 'A', '优秀', 85.0), (" + campaignId + ", 'B', '良好', 70.0)");
            long branchBase = nextId(c, "branches");
            long accountBase = nextId(c, "accounts");
            long sheetBase = nextId(c, "scoresheets");
            try (PreparedStatement b = c.prepareStatement(
                            "insert into branches (id, code, name, kind) values (?, ?, ?, 'BRANCH')");
                    PreparedStatement p = c.prepareStatement(
                            "insert into campaign_branches (campaign_id, branch_id) values (?, ?)")) {
                for (int i = 0; i < BRANCHES; i++) {
                    b.setLong(1, branchBase + i);
                    b.setString(2, "BN" + campaignId + "-" + i);
                    b.setString(3, "民进基准支部" + campaignId + "-" + i);
                    b.addBatch();
                    p.setLong(1, campaignId);
                    p.setLong(2, branchBase + i);
                    p.addBatch();
                }
                b.executeBatch();
                p.executeBatch();
            }
            try (PreparedStatement a =
                    c.prepareStatement("insert into accounts (id, username, display_name, password_hash,"
                            + " roles) values (?, ?, ?, 'x', 'ASSESSOR')")) {
                for (int j = 0; j < ASSESSORS; j++) {
                    a.setLong(1, accountBase + j);
                    a.setString(2, "bench" + campaignId + "-" + j);
                    a.setString(3, "基准评审" + j);
                    a.addBatch();
                }
                a.executeBatch();
            }
            try (PreparedStatement as = c.prepareStatement("insert into assessor_assignments (campaign_id, branch_id,"
                            + " assessor_id, assigned_by) values (?, ?, ?, 'bench')");
                    PreparedStatement sh = c.prepareStatement(
                            "insert into scoresheets (id, campaign_id, branch_id, assessor_id,"
                                    + " status, total, submitted_at) values (?, ?, ?, ?, 'SUBMITTED', ?, current_timestamp(3))");
                    PreparedStatement sc =
                            c.prepareStatement("insert into scoresheet_scores (scoresheet_id, indicator_id,"
                                    + " points, comment) values (?, ?, ?, ?)")) {
                long sheetId = sheetBase;
                for (int i = 0; i < BRANCHES; i++) {
                    double quality = 0.5 + random.nextDouble() * 0.5;
                    for (int j = 0; j < ASSESSORS; j++) {
                        BigDecimal total = BigDecimal.ZERO;
                        for (int k = 0; k < indicators.length; k++) {
                            int max = INDICATOR_POINTS[k % INDICATOR_POINTS.length];
                            double raw = quality * max + (random.nextDouble() - 0.5) * max * 0.3;
                            BigDecimal points = BigDecimal.valueOf(
                                            Math.max(0, Math.min(max * 2, Math.round(raw * 2))), 0)
                                    .divide(BigDecimal.valueOf(2))
                                    .setScale(1);
                            total = total.add(points);
                            sc.setLong(1, sheetId);
                            sc.setLong(2, indicators[k]);
                            sc.setBigDecimal(3, points);
                            sc.setString(4, "评语");
                            sc.addBatch();
                        }
                        as.setLong(1, campaignId);
                        as.setLong(2, branchBase + i);
                        as.setLong(3, accountBase + j);
                        as.addBatch();
                        sh.setLong(1, sheetId++);
                        sh.setLong(2, campaignId);
                        sh.setLong(3, branchBase + i);
                        sh.setLong(4, accountBase + j);
                        sh.setBigDecimal(5, total);
                        sh.addBatch();
                    }
                    if (i % 500 == 499) {
                        as.executeBatch();
                        sh.executeBatch();
                        sc.executeBatch();
                    }
                }
                as.executeBatch();
                sh.executeBatch();
                sc.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("analyze table scoresheets, scoresheet_scores, campaign_branches, branches");
            }
            return campaignId;
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insertReturningId(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = st.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
