package app.chuangxian.assessment.results;

import static app.chuangxian.assessment.Api.as;
import static app.chuangxian.assessment.Api.dec;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.assessment.TestDeliverableProbe;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultsLifecycleTest {
    private static final String PATH = "/api/v1/campaigns/{c}/results";

    private static Map<String, Object> consensus(ScoringFixture f, String study, String unity) {
        return Map.of(
                "reason",
                "实地调研核实",
                "participants",
                "王评, 李评",
                "standards",
                List.of(
                        Map.of("standardId", f.study, "points", study),
                        Map.of("standardId", f.unity, "points", unity)));
    }

    private static Map<String, Object> consensusOnVisit(ScoringFixture f, long siteVisitId) {
        Map<String, Object> body = new java.util.HashMap<>(consensus(f, "14", "5"));
        body.put("siteVisitId", siteVisitId);
        return body;
    }

    @Test
    void finalisingWaitsForAConsensusOnEveryFlaggedBranchWhichOverridesTheAggregate() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "3", 3);
        long first = f.branches.get(0), second = f.branches.get(1), calm = f.branches.get(2);
        long x1 = ScoringFixture.assessor(null), x2 = ScoringFixture.assessor(null);
        f.submitted(first, x1, "5", "5", "5");
        f.submitted(first, x2, "9", "9", "5");
        f.submitted(second, x1, "10", "2", "5");
        f.submitted(second, x2, "6", "6", "5");
        f.submitted(calm, x1, "6", "6", "6");

        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("CONSENSUS_MISSING"))
                .body("detail", containsString("2 branches"));

        as(Tokens.admin())
                .body(consensus(f, "21", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("standards[0].points"));
        as(Tokens.admin())
                .body(consensus(f, "14.25", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].message", containsString("0.5"));
        as(Tokens.admin())
                .body(Map.of(
                        "reason",
                        "r",
                        "participants",
                        "p",
                        "standards",
                        List.of(Map.of("standardId", f.study, "points", 14))))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("standards"));
        as(Tokens.viewer())
                .body(consensus(f, "14", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(consensus(f, "14", "5.5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(200)
                .body("total", dec("19.5"))
                .body("version", is(0));
        as(Tokens.admin())
                .body(consensus(f, "14", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                // sent as a first consensus while one is recorded: the caller's view is stale
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .body(Map.of(
                        "reason",
                        "合议",
                        "participants",
                        "王评",
                        "version",
                        0,
                        "standards",
                        List.of(
                                Map.of("standardId", f.study, "points", 14),
                                Map.of("standardId", f.unity, "points", 5))))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(200)
                .body("version", is(1));
        as(Tokens.admin())
                .get("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, first)
                .then()
                .statusCode(200)
                .body("reason", equalTo("合议"))
                .body("total", dec("19.0"));

        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 branches"));
        as(Tokens.admin())
                .body(consensus(f, "16", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, second)
                .then()
                .statusCode(200);

        as(Tokens.admin())
                .queryParam("size", 10)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items.find { it.branchId == " + first + " }.total", dec("19"))
                .body("items.find { it.branchId == " + first + " }.consensus", is(true))
                .body("items.find { it.branchId == " + first + " }.standards[0].points", dec("14"))
                .body("items.find { it.branchId == " + second + " }.total", dec("21"))
                .body("items.find { it.branchId == " + second + " }.rank", is(1));

        long version = f.campaignVersion();
        as(Tokens.admin())
                .body(Map.of("version", version + 1))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .body(Map.of("version", version))
                .post(PATH + "/publish", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_NOT_FINALISED"));
        as(Tokens.admin())
                .body(Map.of("version", version))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(200)
                .body("resultsStatus", equalTo("FINALISED"));
        as(Tokens.admin())
                .body(consensus(f, "15", "5"))
                .put("/api/v1/campaigns/{c}/consensus/{b}", f.campaignId, calm)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
    }

    @Test
    void aConsensusRestsOnlyOnASiteVisitToThatBranchInThatCampaign() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "3", 2);
        ScoringFixture other = ScoringFixture.create(AggregationMethod.MEAN, "3", 0);
        long branch = f.branches.get(0), neighbour = f.branches.get(1);
        long toNeighbour = ScoringFixture.siteVisit(f.campaignId, neighbour);
        long elsewhere = ScoringFixture.siteVisit(other.campaignId, branch);
        String path = "/api/v1/campaigns/{c}/consensus/{b}";

        for (long wrong : List.of(toNeighbour, elsewhere, toNeighbour + elsewhere + 1000)) {
            as(Tokens.admin())
                    .body(consensusOnVisit(f, wrong))
                    .put(path, f.campaignId, branch)
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("fieldErrors[0].field", equalTo("siteVisitId"));
        }
        as(Tokens.admin()).get(path, f.campaignId, branch).then().statusCode(404);

        long visit = ScoringFixture.siteVisit(f.campaignId, branch);
        as(Tokens.admin())
                .body(consensusOnVisit(f, visit))
                .put(path, f.campaignId, branch)
                .then()
                .statusCode(200)
                .body("siteVisitId", is((int) visit));
    }

    @Test
    void onlyStaffSeeResultsUntilPublishedThenEveryRoleButAuditorsAndBranchesSeeTheirOwnAnonymised() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 2);
        long own = f.branches.get(0), other = f.branches.get(1);
        long x1 = ScoringFixture.assessor(null), x2 = ScoringFixture.assessor(null);
        f.submitted(own, x1, "8", "8", "8");
        f.submitted(own, x2, "9", "9", "8");
        f.submitted(other, x1, "5", "5", "5");
        List<String> others = List.of(Tokens.viewer(), ScoringFixture.token(x1), Tokens.branch(own));
        for (String token : others) {
            as(token).get(PATH, f.campaignId).then().statusCode(403).body("code", equalTo("RESULTS_NOT_PUBLISHED"));
            as(token).get(PATH + "/{b}", f.campaignId, own).then().statusCode(403);
        }
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(200);
        as(Tokens.viewer()).get(PATH, f.campaignId).then().statusCode(403);
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/publish", f.campaignId)
                .then()
                .statusCode(200)
                .body("resultsStatus", equalTo("PUBLISHED"));

        for (String token : others) {
            as(token)
                    .get(PATH, f.campaignId)
                    .then()
                    .statusCode(200)
                    .body("total", is(2))
                    .body("items[0].branchId", is((int) own))
                    .body("items[0].rank", is(1))
                    .body("resultsStatus", equalTo("PUBLISHED"));
        }
        as(Tokens.auditor()).get(PATH, f.campaignId).then().statusCode(403);
        Api.anonymous().get(PATH, f.campaignId).then().statusCode(401);
        as(Tokens.branch(own))
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items.find { it.branchId == " + own + " }.standards", hasSize(2))
                .body("items.find { it.branchId == " + other + " }.standards", nullValue())
                .body("items.find { it.branchId == " + other + " }.total", dec("15"));
        as(Tokens.viewer()).get(PATH, f.campaignId).then().statusCode(200).body("items[1].standards", hasSize(2));

        as(Tokens.branch(own))
                .get(PATH + "/{b}", f.campaignId, own)
                .then()
                .statusCode(200)
                .body("result.total", dec("25"))
                .body("reviews.label", equalTo(List.of("评审 1", "评审 2")))
                .body("reviews.assessorName", everyItem(nullValue()))
                .body("reviews[0].scores[0].comment", equalTo("评语"));
        as(Tokens.branch(own)).get(PATH + "/{b}", f.campaignId, other).then().statusCode(404);
        as(Tokens.admin())
                .get(PATH + "/{b}", f.campaignId, own)
                .then()
                .statusCode(200)
                .body("reviews.assessorName", everyItem(notNullValue()));
        as(Tokens.viewer())
                .get(PATH + "/{b}", f.campaignId, own)
                .then()
                .statusCode(200)
                .body("reviews.assessorName", everyItem(nullValue()))
                .body("selfAssessmentTotal", nullValue());
        as(Tokens.admin()).get(PATH + "/{b}", f.campaignId, 999999).then().statusCode(404);
    }

    @Test
    void aBranchTakingNoPartInTheCampaignFindsNoCampaignOnTheScoringSide() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 1);
        long own = f.branches.get(0);
        long outsider =
                ScoringFixture.create(AggregationMethod.MEAN, "100", 1).branches.get(0);
        f.submitted(own, ScoringFixture.assessor(null), "8", "8", "8");
        String notFound = "Campaign " + f.campaignId + " does not exist";
        // not even "not published yet": the campaign is not there for this branch (ADR 004)
        as(Tokens.branch(outsider))
                .get(PATH, f.campaignId)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM)
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo(notFound));
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/finalise", f.campaignId)
                .then()
                .statusCode(200);
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(PATH + "/publish", f.campaignId)
                .then()
                .statusCode(200);

        as(Tokens.branch(own)).get(PATH, f.campaignId).then().statusCode(200).body("total", is(1));
        as(Tokens.branch(outsider))
                .get(PATH, f.campaignId)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM)
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo(notFound));
        as(Tokens.branch(outsider))
                .get(PATH + "/{b}", f.campaignId, outsider)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM)
                .body("detail", equalTo(notFound));
        as(Tokens.branch(outsider))
                .get("/api/v1/campaigns/{c}/self-assessments/{b}", f.campaignId, outsider)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM)
                .body("detail", equalTo(notFound));
    }

    @Test
    void aBranchMissingARequiredDeliverableIsNotEligibleWhateverItsScore() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 2);
        long best = f.branches.get(0), second = f.branches.get(1);
        long x1 = ScoringFixture.assessor(null);
        f.submitted(best, x1, "10", "10", "10");
        f.submitted(second, x1, "5", "5", "5");
        TestDeliverableProbe.MISSING.put(f.campaignId, Map.of(best, List.of("活动总结")));
        try {
            as(Tokens.admin())
                    .get(PATH, f.campaignId)
                    .then()
                    .statusCode(200)
                    .body("items[0].branchId", is((int) best))
                    .body("items[0].rank", is(1))
                    .body("items[0].eligible", is(false))
                    .body("items[0].ineligibleReasons[0]", containsString("活动总结"))
                    .body("items[1].eligible", is(true))
                    .body("items[1].ineligibleReasons", hasSize(0));
            as(Tokens.admin())
                    .get(PATH + "/{b}", f.campaignId, best)
                    .then()
                    .statusCode(200)
                    .body("result.eligible", is(false));
        } finally {
            TestDeliverableProbe.MISSING.remove(f.campaignId);
        }
    }

    @Test
    void theSelfAssessmentIsShownBesideTheFinalScoreWithTheGapNeverMixedIn() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 1);
        long branch = f.branches.get(0);
        long x1 = ScoringFixture.assessor(null);
        f.submitted(branch, x1, "8", "7.5", "6");
        as(Tokens.branch(branch))
                .body(Map.of(
                        "scores",
                        List.of(
                                Map.of("indicatorId", f.s1, "points", 10, "justification", "学习制度健全"),
                                Map.of("indicatorId", f.s2, "points", 9.5),
                                Map.of("indicatorId", f.u1, "points", 9))))
                .put("/api/v1/campaigns/{c}/self-assessments/{b}", f.campaignId, branch)
                .then()
                .statusCode(200);
        as(Tokens.branch(branch))
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{c}/self-assessments/{b}/submit", f.campaignId, branch)
                .then()
                .statusCode(200);
        as(Tokens.admin())
                .get(PATH + "/{b}", f.campaignId, branch)
                .then()
                .statusCode(200)
                .body("result.total", dec("21.5"))
                .body("selfAssessmentTotal", dec("28.5"))
                .body("selfAssessmentGap", dec("7"))
                .body("selfAssessmentStandards[0].selfPoints", dec("19.5"))
                .body("selfAssessmentStandards[0].finalPoints", dec("15.5"))
                .body("selfAssessmentStandards[1].selfPoints", dec("9"))
                .body("reviews", hasSize(1))
                .body("result.scoresheets", is(1))
                .body("result.total", not(dec("28.5")));
    }
}
