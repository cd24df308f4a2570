package app.chuangxian.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TodoResourceTest {
    static final String MINE = "/api/v1/me/todos";

    @jakarta.inject.Inject
    app.chuangxian.common.time.CommitteeClock clock;

    static JsonPath todos(String token) {
        return given().auth()
                .oauth2(token)
                .get(MINE)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    /** The line of this kind in this campaign: [count, dueOn], or null when there is none. */
    static List<Object> line(JsonPath todos, String kind, long campaignId) {
        Map<String, Object> item =
                todos.getMap("items.find { it.kind == '" + kind + "' && it.campaignId == " + campaignId + " }");
        return item == null
                ? null
                : java.util.Arrays.asList(((Number) item.get("count")).longValue(), item.get("dueOn"));
    }

    @Test
    void aBranchSeesItsOwedDeliverablesUntilHandedInAndStaffSeeThemToReview() {
        LocalDate today = clock.today();
        World w = DeliverableFixture.world(CampaignStatus.ACTIVE, today.plusDays(30), 2);
        String chair = Tokens.branch(w.branchA());

        // the plan (phase 1, started) is due; the summary's phase has not started
        JsonPath before = todos(chair);
        assertEquals(List.of(1L, today.plusDays(30).toString()), line(before, "DELIVERABLE_DUE", w.campaignId()));
        assertEquals(null, line(before, "DELIVERABLE_OVERDUE", w.campaignId()));

        // a draft is not handed in
        long plan = DeliverableFixture.draft(w, w.branchA(), w.plan(), DeliverableFixture.planFields());
        assertEquals(List.of(1L, today.plusDays(30).toString()), line(todos(chair), "DELIVERABLE_DUE", w.campaignId()));

        DeliverableFixture.submit(w, w.branchA(), plan);
        JsonPath handedIn = todos(chair);
        assertEquals(null, line(handedIn, "DELIVERABLE_DUE", w.campaignId()));
        assertEquals(
                java.util.Arrays.asList(1L, null),
                line(todos(Tokens.admin()), "DELIVERABLE_TO_REVIEW", w.campaignId()));

        // the other branch still owes its plan, whatever branch A did
        assertEquals(
                List.of(1L, today.plusDays(30).toString()),
                line(todos(Tokens.branch(w.branchB())), "DELIVERABLE_DUE", w.campaignId()));

        DeliverableFixture.review(w, plan, "return");
        assertEquals(java.util.Arrays.asList(1L, null), line(todos(chair), "DELIVERABLE_RETURNED", w.campaignId()));
        assertEquals(null, line(todos(Tokens.admin()), "DELIVERABLE_TO_REVIEW", w.campaignId()));

        // a branch outside the campaign has nothing of it
        JsonPath outsider = todos(Tokens.branch(w.outsider()));
        assertEquals(null, line(outsider, "DELIVERABLE_DUE", w.campaignId()));
        assertEquals(null, line(outsider, "DELIVERABLE_RETURNED", w.campaignId()));
    }

    @Test
    void aMissedDeadlineIsOverdueUntilAnExtensionMovesIt() {
        LocalDate today = clock.today();
        World w = DeliverableFixture.world(CampaignStatus.ACTIVE, today.minusDays(1), 1);
        String chair = Tokens.branch(w.branchA());

        JsonPath late = todos(chair);
        assertEquals(List.of(1L, today.minusDays(1).toString()), line(late, "DELIVERABLE_OVERDUE", w.campaignId()));
        // phase 2 began today: its summary is due by the end of phase 2
        assertEquals(
                List.of(1L, today.minusDays(1).plusMonths(6).toString()),
                line(late, "DELIVERABLE_DUE", w.campaignId()));
        assertEquals("DELIVERABLE_OVERDUE", late.getString("items[0].kind"));

        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("deadline", today.plusDays(5).toString(), "reason", "汛期"))
                .put("/api/v1/campaigns/{c}/deadline-extensions/{p}/{b}", w.campaignId(), w.phase1(), w.branchA())
                .then()
                .statusCode(200);
        JsonPath extended = todos(chair);
        assertEquals(null, line(extended, "DELIVERABLE_OVERDUE", w.campaignId()));
        assertEquals(List.of(2L, today.plusDays(5).toString()), line(extended, "DELIVERABLE_DUE", w.campaignId()));
    }

    @Test
    void aCampaignNotUnderWayAsksNothing() {
        World w = DeliverableFixture.world(CampaignStatus.DRAFT, clock.today().minusDays(1), 1);
        JsonPath chair = todos(Tokens.branch(w.branchA()));
        assertEquals(null, line(chair, "DELIVERABLE_OVERDUE", w.campaignId()));
        assertEquals(null, line(chair, "DELIVERABLE_DUE", w.campaignId()));
    }

    @Test
    void anAssessorSeesTheSheetsStillToSubmitUntilResultsAreFinal() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 3);
        long assessor = ScoringFixture.assessor(null);
        f.assign(f.branches.get(0), assessor);
        f.assign(f.branches.get(1), assessor);
        f.submitted(f.branches.get(2), assessor, "8", "9", "7");
        String token = ScoringFixture.token(assessor);

        // three assignments, one of them submitted
        JsonPath open = todos(token);
        assertEquals(java.util.Arrays.asList(2L, null), line(open, "SCORESHEET_DUE", f.campaignId));
        assertEquals(2L, open.getLong("total"));

        f.setResultsStatus(ResultsStatus.FINALISED);
        JsonPath closed = todos(token);
        assertEquals(null, line(closed, "SCORESHEET_DUE", f.campaignId));
        assertEquals(0L, closed.getLong("total"));
    }

    @Test
    void readersHaveNothingToDoAndStrangersAreTurnedAway() {
        given().auth()
                .oauth2(Tokens.viewer())
                .get(MINE)
                .then()
                .statusCode(200)
                .body("items", is(empty()))
                .body("total", equalTo(0));
        given().auth().oauth2(Tokens.auditor()).get(MINE).then().statusCode(200).body("items", is(empty()));
        given().get(MINE).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get(MINE).then().statusCode(401).body("code", equalTo("INVALID_TOKEN"));
    }
}
