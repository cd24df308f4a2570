package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    /** The phone home answers every part of the page (branch, campaign, phases, types, deliverables...) in one call. */
    static final long BRANCH_HOME_BUDGET = 20;

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
                () -> assertEquals(list, moreList, "statements of the list for 2 deliverables against 22"),
                () -> assertEquals(
                        progress, moreProgress, "statements of the progress board for 2 branches against 10"),
                () -> assertEquals(home, moreHome, "statements of a branch's home for 1 deliverable against 5"),
                () -> assertThat("list", list, allOf(greaterThan(0L), lessThanOrEqualTo(LIST_BUDGET))),
                () -> assertThat("progress", progress, allOf(greaterThan(0L), lessThanOrEqualTo(PROGRESS_BUDGET))),
                () -> assertThat("home", home, allOf(greaterThan(0L), lessThanOrEqualTo(BRANCH_HOME_BUDGET))));
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
