package app.chuangxian.assessment;

import static io.restassured.RestAssured.given;

import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.support.Statements;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statement budgets of the scoring pages: what a page costs in SQL statements does not grow with the branches on it
 * (no query per row), and stays within a small budget.
 */
@QuarkusTest
class ScoringStatementBudgetTest {
    // The counts measured when the budgets were set: a change that adds a statement must say why here.
    static final long RESULTS_PAGE_BUDGET = 6;
    // The submit's 11th statement is its row in the change feed, written in the same transaction.
    static final long SUBMIT_BUDGET = 11;

    @Test
    void aResultsPageCostsTheSameStatementsForThreeBranchesAsForTwelve() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "5", 0);
        scoreBranches(f, 3);
        long few = resultsPage(f);
        scoreBranches(f, 9);
        long many = resultsPage(f);

        Statements.withinBudget("a results page of 3 branches, then of 12", few, many, RESULTS_PAGE_BUDGET);
    }

    @Test
    void submittingAScoresheetCostsTheSameStatementsWhateverTheCampaignsSize() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "5", 0);
        scoreBranches(f, 2);
        long few = submitOne(f);
        scoreBranches(f, 10);
        long many = submitOne(f);

        Statements.withinBudget("a submit beside 2 scored branches, then beside 12", few, many, SUBMIT_BUDGET);
    }

    /** Starts a full scoresheet for a new branch and counts the statements of its submit. */
    private static long submitOne(ScoringFixture f) {
        long branch = f.addBranch();
        long assessor = ScoringFixture.assessor(null);
        f.assign(branch, assessor);
        String token = ScoringFixture.token(assessor);
        long id = f.draftThroughApi(branch, token);
        return Statements.during(() -> Api.as(token)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{c}/scoresheets/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(200));
    }

    /** Branches with two submitted scoresheets each, by assessors of their own. */
    private static void scoreBranches(ScoringFixture f, int count) {
        for (int i = 0; i < count; i++) {
            long branch = f.addBranch();
            f.submitted(branch, ScoringFixture.assessor(null), "8", "7", "9");
            f.submitted(branch, ScoringFixture.assessor(null), "6", "7.5", "8");
        }
    }

    private static long resultsPage(ScoringFixture f) {
        return Statements.during(() -> given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", 50)
                .when()
                .get("/api/v1/campaigns/{id}/results", f.campaignId)
                .then()
                .statusCode(200));
    }
}
