package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;

import app.chuangxian.campaign.Participation;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Statements;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statement budgets of the deliverable pages: a page costs the same statements whether the campaign has two branches
 * with a few deliverables or ten with many (no query per row), within a small budget.
 */
@QuarkusTest
class DeliverableStatementBudgetTest {
    // The counts measured when the budgets were set: a change that adds a statement must say why here.
    static final long LIST_BUDGET = 3;
    static final long PROGRESS_BUDGET = 7;
    /**
     * The phone home answers every part of the page (branch, campaign, phases, types, deliverables...) in one call;
     * 20, 3 more for its to-do list (deliverables owed, returned, the self-assessment: one statement each), and one for
     * the name of the organisation the branch and its campaigns belong to.
     */
    static final long BRANCH_HOME_BUDGET = 24;

    @Test
    void theListTheProgressBoardAndABranchsHomeDoNotGrowWithTheirRows() {
        World w = DeliverableFixture.world();
        draft(w, w.branchA(), w.plan(), planFields());
        draft(w, w.branchB(), w.plan(), planFields());
        long list = list(w);
        long progress = progress(w);
        long home = home(w);

        for (int i = 0; i < 8; i++) {
            long branch = participant(w);
            draft(w, branch, w.plan(), planFields());
            draft(w, branch, w.record(), Map.of());
        }
        for (int i = 0; i < 4; i++) {
            draft(w, w.branchA(), w.record(), Map.of());
        }

        long moreList = list(w);
        long moreProgress = progress(w);
        long moreHome = home(w);
        assertAll(
                () -> Statements.withinBudget("the list, 2 deliverables then 22", list, moreList, LIST_BUDGET),
                () -> Statements.withinBudget(
                        "the progress board, 2 branches then 10", progress, moreProgress, PROGRESS_BUDGET),
                () -> Statements.withinBudget(
                        "a branch's home, 1 deliverable then 5", home, moreHome, BRANCH_HOME_BUDGET));
    }

    private static long participant(World w) {
        long branch = Samples.branch();
        QuarkusTransaction.requiringNew().run(() -> {
            Participation p = new Participation();
            p.campaignId = w.campaignId();
            p.branchId = branch;
            p.persist();
        });
        return branch;
    }

    private static long list(World w) {
        return Statements.during(() -> given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", 50)
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(200));
    }

    private static long progress(World w) {
        return Statements.during(() -> given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/progress", w.campaignId())
                .then()
                .statusCode(200));
    }

    private static long home(World w) {
        return Statements.during(() -> given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .get("/api/v1/me/home")
                .then()
                .statusCode(200));
    }
}
