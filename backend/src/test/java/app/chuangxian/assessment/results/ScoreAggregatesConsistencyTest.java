package app.chuangxian.assessment.results;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.support.ChangeFeed;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kept aggregates (ADR 014) equal, figure for figure, what the raw scoresheets give when recomputed from scratch
 * with the statement the ranking used before the aggregates were kept: after submits, a reopen and a resubmit, a
 * reopen left open, consensus saved and replaced, and submits racing for one branch.
 */
@QuarkusTest
class ScoreAggregatesConsistencyTest {
    private static final String SHEETS = "/api/v1/campaigns/{c}/scoresheets";

    @Test
    void aggregatesEqualARecomputeFromTheRawScoresheetsAfterEveryKindOfChange() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "3", 0);
        long five = f.addBranch();
        long two = f.addBranch();
        long reopened = f.addBranch();
        long untouched = f.addBranch();
        String[][] points = {{"8", "7", "9"}, {"6", "7.5", "8"}, {"10", "9.5", "3"}, {"2", "4", "6.5"}, {"7", "7", "7"}
        };
        List<long[]> fives = new ArrayList<>();
        for (String[] p : points) {
            fives.add(submitThroughApi(f, five, p));
        }
        submitThroughApi(f, two, new String[] {"9", "9", "9"});
        submitThroughApi(f, two, new String[] {"1", "2.5", "4"});
        long[] only = submitThroughApi(f, reopened, new String[] {"5", "5", "5"});
        assertExact(f, List.of(five, two, reopened, untouched));

        // reopen one of five's sheets, change it, submit it again
        long[] changed = fives.get(2);
        long version = reopen(f, changed[0]);
        String token = ScoringFixture.token(changed[1]);
        long saved = Api.id(Api.as(token)
                .body(Map.of(
                        "scores",
                        List.of(
                                Api.score(f.s1, "0.5", "评语"),
                                Api.score(f.s2, "10", "评语"),
                                Api.score(f.u1, "4.5", "评语")),
                        "version",
                        version))
                .put(SHEETS + "/{id}", f.campaignId, changed[0])
                .then()
                .statusCode(200)
                .extract()
                .path("version"));
        Api.as(token)
                .body(Map.of("version", saved))
                .post(SHEETS + "/{id}/submit", f.campaignId, changed[0])
                .then()
                .statusCode(200);
        // and leave another branch's only sheet reopened
        reopen(f, only[0]);
        assertExact(f, List.of(five, two, reopened, untouched));
        assertEquals(0L, aggregate(f, reopened).get("sheets"), "a branch whose only sheet is reopened has none");

        // a consensus, then a replacement of it
        long consensusVersion = consensus(f, two, "15", "8.5", null);
        assertExact(f, List.of(five, two, reopened, untouched));
        consensus(f, two, "12.5", "6", consensusVersion);
        assertExact(f, List.of(five, two, reopened, untouched));
        assertEquals("18.5", aggregate(f, two).get("consensus_total"));
    }

    @Test
    void assessorsSubmittingForOneBranchAtOnceLoseNoUpdate() throws Exception {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.TRIMMED_MEAN, "2", 0);
        long branch = f.addBranch();
        int assessors = 6;
        List<long[]> drafts = new ArrayList<>();
        for (int i = 0; i < assessors; i++) {
            drafts.add(draftThroughApi(f, branch, new String[] {String.valueOf(i + 1), "5.5", String.valueOf(9 - i)}));
        }
        String feed = ChangeFeed.end(Tokens.admin());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(assessors + 1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (long[] d : drafts) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.as(ScoringFixture.token(d[1]))
                            .body(Map.of("version", d[2]))
                            .post(SHEETS + "/{id}/submit", f.campaignId, d[0]);
                }));
            }
            answers.add(pool.submit(() -> {
                start.await();
                return Api.as(Tokens.admin())
                        .body(consensusBody(f, "14", "7", null))
                        .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, branch);
            }));
            start.countDown();
            int submitted = 0;
            List<Long> accepted = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Response r = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(r.asString(), r.statusCode(), anyOf(equalTo(200), equalTo(409)));
                if (r.statusCode() == 409) {
                    assertThat(r.contentType(), equalTo(Api.PROBLEM));
                } else if (i < assessors) {
                    submitted++;
                    accepted.add(drafts.get(i)[0]);
                }
            }
            assertThat(submitted, greaterThan(0));
            // the change feed reports each submit that was answered 200, once, and none that was refused
            var changes = ChangeFeed.since(Tokens.admin(), feed);
            for (long[] d : drafts) {
                assertEquals(
                        accepted.contains(d[0]) ? List.of("SUBMITTED") : List.of(),
                        ChangeFeed.of(changes, "SCORESHEET", d[0], "status"));
            }
            assertEquals((long) submitted, aggregate(f, branch).get("sheets"));
            assertExact(f, List.of(branch));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staffSavingTheFirstConsensusAtOnceGetOneResultAndClearRefusals() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "2", 0);
        long branch = f.addBranch();
        List<Response> answers = Parallel.run(
                5,
                n -> Api.as(Tokens.admin())
                        .body(consensusBody(f, String.valueOf(10 + n), "7", null))
                        .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, branch));
        int saved = 0;
        for (Response r : answers) {
            assertThat(r.asString(), r.statusCode(), anyOf(equalTo(200), equalTo(409)));
            if (r.statusCode() == 409) {
                assertThat(r.contentType(), equalTo(Api.PROBLEM));
            } else {
                saved++;
            }
        }
        assertThat(saved, greaterThan(0));
        // whichever saves won, the kept total is one of them and equals a recompute from the stored rows
        assertExact(f, List.of(branch));
    }

    // --- the API writes ---

    /** A draft by a new assessor of the branch: {sheet id, assessor id, version}. */
    private static long[] draftThroughApi(ScoringFixture f, long branch, String[] p) {
        long assessor = ScoringFixture.assessor(null);
        f.assign(branch, assessor);
        Response r = Api.as(ScoringFixture.token(assessor))
                .body(Api.sheet(
                        branch,
                        List.of(Api.score(f.s1, p[0], "评语"), Api.score(f.s2, p[1], "评语"), Api.score(f.u1, p[2], "评语"))))
                .post(SHEETS, f.campaignId)
                .then()
                .statusCode(201)
                .extract()
                .response();
        return new long[] {Api.id(r.path("id")), assessor, Api.id(r.path("version"))};
    }

    private static long[] submitThroughApi(ScoringFixture f, long branch, String[] p) {
        long[] d = draftThroughApi(f, branch, p);
        Api.as(ScoringFixture.token(d[1]))
                .body(Map.of("version", d[2]))
                .post(SHEETS + "/{id}/submit", f.campaignId, d[0])
                .then()
                .statusCode(200);
        return d;
    }

    /** Reopens a submitted sheet as staff; returns its version afterwards. */
    private static long reopen(ScoringFixture f, long sheet) {
        long version = Api.id(Api.as(Tokens.admin())
                .get(SHEETS + "/{id}", f.campaignId, sheet)
                .then()
                .statusCode(200)
                .extract()
                .path("version"));
        return Api.id(Api.as(Tokens.admin())
                .body(Map.of("version", version, "reason", "评分依据需补充"))
                .post(SHEETS + "/{id}/reopen", f.campaignId, sheet)
                .then()
                .statusCode(200)
                .extract()
                .path("version"));
    }

    private static Map<String, Object> consensusBody(ScoringFixture f, String study, String unity, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "reason",
                "合议一致",
                "participants",
                "评审一, 评审二",
                "standards",
                List.of(
                        Map.of("standardId", f.study, "points", new BigDecimal(study)),
                        Map.of("standardId", f.unity, "points", new BigDecimal(unity)))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static long consensus(ScoringFixture f, long branch, String study, String unity, Long version) {
        Map<String, Object> body = consensusBody(f, study, unity, version);
        return Api.id(Api.as(Tokens.admin())
                .body(body)
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, branch)
                .then()
                .statusCode(200)
                .extract()
                .path("version"));
    }

    // --- the comparison ---

    private static void assertExact(ScoringFixture f, List<Long> branches) {
        for (long b : branches) {
            assertEquals(recomputed(f, b), aggregate(f, b), "the aggregates of branch " + b);
        }
    }

    /** The kept figures of a branch, by name; absent rows read as no sheets and no figures. */
    private static Map<String, Object> aggregate(ScoringFixture f, long branch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Map<String, Object> out = new TreeMap<>();
            out.put("sheets", 0L);
            List<?> rows = em.createNativeQuery("select sheets, total_spread, indicator_spread, mean_total,"
                            + " median_total, trimmed_total, consensus_total from branch_score_aggregates"
                            + " where campaign_id = :c and branch_id = :b")
                    .setParameter("c", f.campaignId)
                    .setParameter("b", branch)
                    .getResultList();
            if (!rows.isEmpty()) {
                Object[] r = (Object[]) rows.get(0);
                String[] names = {
                    "sheets", "total_spread", "indicator_spread", "MEAN", "MEDIAN", "TRIMMED_MEAN", "consensus_total"
                };
                out.put("sheets", ((Number) r[0]).longValue());
                for (int i = 1; i < names.length; i++) {
                    put(out, names[i], r[i]);
                }
            }
            for (Object o : em.createNativeQuery(
                            "select standard_id, mean_points, median_points, trimmed_points,"
                                    + " consensus_points from branch_standard_aggregates where campaign_id = :c and branch_id = :b")
                    .setParameter("c", f.campaignId)
                    .setParameter("b", branch)
                    .getResultList()) {
                Object[] r = (Object[]) o;
                String s = "standard " + ((Number) r[0]).longValue() + " ";
                put(out, s + "MEAN", r[1]);
                put(out, s + "MEDIAN", r[2]);
                put(out, s + "TRIMMED_MEAN", r[3]);
                put(out, s + "consensus", r[4]);
            }
            return out;
        });
    }

    /**
     * The same figures from the raw rows, with the statements of the ranking before the aggregates were kept: every
     * submitted sheet of the campaign, ranked per branch, then filtered by each method.
     */
    private static Map<String, Object> recomputed(ScoringFixture f, long branch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Map<String, Object> out = new TreeMap<>();
            Object[] spread = (Object[]) em.createNativeQuery("select count(*), max(total) - min(total)"
                            + " from scoresheets where campaign_id = :c and branch_id = :b and status = 'SUBMITTED'")
                    .setParameter("c", f.campaignId)
                    .setParameter("b", branch)
                    .getSingleResult();
            out.put("sheets", ((Number) spread[0]).longValue());
            put(out, "total_spread", spread[1]);
            put(
                    out,
                    "indicator_spread",
                    em.createNativeQuery("select max(spread) from (select sc.indicator_id, max(sc.points) -"
                                    + " min(sc.points) spread from scoresheets s join scoresheet_scores sc"
                                    + " on sc.scoresheet_id = s.id where s.campaign_id = :c and s.branch_id = :b"
                                    + " and s.status = 'SUBMITTED' group by sc.indicator_id) x")
                            .setParameter("c", f.campaignId)
                            .setParameter("b", branch)
                            .getSingleResult());
            for (AggregationMethod m : AggregationMethod.values()) {
                String cte = "with sheets as (select s.id, s.branch_id, s.total,"
                        + " row_number() over (partition by s.branch_id order by s.total, s.id) rn,"
                        + " count(*) over (partition by s.branch_id) cnt"
                        + " from scoresheets s where s.campaign_id = :c and s.status = 'SUBMITTED'),"
                        + " counted as (select id, branch_id, total from sheets where " + counted(m) + ")";
                List<?> total = em.createNativeQuery(cte + " select round(avg(total), 2) from counted"
                                + " where branch_id = :b group by branch_id")
                        .setParameter("c", f.campaignId)
                        .setParameter("b", branch)
                        .getResultList();
                if (!total.isEmpty()) {
                    put(out, m.name(), total.get(0));
                }
                for (Object o : em.createNativeQuery(cte + ", used as (select branch_id, count(*) n from counted"
                                + " group by branch_id) select i.standard_id, round(sum(sc.points) / u.n, 2)"
                                + " from counted c join used u on u.branch_id = c.branch_id"
                                + " join scoresheet_scores sc on sc.scoresheet_id = c.id"
                                + " join indicators i on i.id = sc.indicator_id where c.branch_id = :b"
                                + " group by i.standard_id, u.n")
                        .setParameter("c", f.campaignId)
                        .setParameter("b", branch)
                        .getResultList()) {
                    Object[] r = (Object[]) o;
                    put(out, "standard " + ((Number) r[0]).longValue() + " " + m.name(), r[1]);
                }
            }
            for (Object o : em.createNativeQuery("select cs.standard_id, cs.points from consensus_results r"
                            + " join consensus_scores cs on cs.consensus_id = r.id"
                            + " where r.campaign_id = :c and r.branch_id = :b")
                    .setParameter("c", f.campaignId)
                    .setParameter("b", branch)
                    .getResultList()) {
                Object[] r = (Object[]) o;
                put(out, "standard " + ((Number) r[0]).longValue() + " consensus", r[1]);
            }
            put(
                    out,
                    "consensus_total",
                    em.createNativeQuery("select sum(cs.points) from consensus_results r"
                                    + " join consensus_scores cs on cs.consensus_id = r.id"
                                    + " where r.campaign_id = :c and r.branch_id = :b")
                            .setParameter("c", f.campaignId)
                            .setParameter("b", branch)
                            .getSingleResult());
            return out;
        });
    }

    /** The methods' choice of sheets as the ranking statement wrote it before the aggregates were kept. */
    private static String counted(AggregationMethod method) {
        return switch (method) {
            case MEAN -> "1 = 1";
            case MEDIAN -> "rn in (floor((cnt + 1) / 2), floor(cnt / 2) + 1)";
            case TRIMMED_MEAN -> "(cnt < 5 or (rn > 1 and rn < cnt))";
        };
    }

    /** Figures compare as exact decimals written out; a missing figure and a null one are the same. */
    private static void put(Map<String, Object> out, String name, Object value) {
        if (value != null) {
            out.put(name, new BigDecimal(value.toString()).stripTrailingZeros().toPlainString());
        }
    }
}
