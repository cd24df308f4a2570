package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.review;
import static app.chuangxian.deliverable.DeliverableFixture.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressResourceTest {
    @jakarta.inject.Inject
    DeliverableDataProbe probe;

    static final String PROGRESS = "/api/v1/campaigns/{c}/progress";

    static String cell(long branch, long type) {
        return "branches.items.find { it.branchId == " + branch + " }.cells.find { it.typeId == " + type + " }";
    }

    @Test
    void statesAndTotalsOnAKnownDataSet() {
        World w = DeliverableFixture.world();
        long planA = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), planA);
        review(w, planA, "accept");
        draft(w, w.branchA(), w.summary(), Map.of());
        long planB = draft(w, w.branchB(), w.plan(), planFields());
        submit(w, w.branchB(), planB);
        review(w, planB, "return");
        draft(w, w.branchB(), w.record(), Map.of()); // not required: not on the board

        given().auth()
                .oauth2(Tokens.viewer())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("phases.phaseId", contains((int) w.phase1(), (int) w.phase2()))
                .body("phases[0].requiredTypes.name", contains("实施方案"))
                .body("phases[1].requiredTypes.name", contains("活动总结"))
                .body("phases[0].totals.accepted", is(1))
                .body("phases[0].totals.returned", is(1))
                .body("phases[0].totals.missing", is(0))
                .body("phases[0].totals.submitted", is(0))
                .body("phases[0].totals.late", is(0))
                .body("phases[1].totals.draft", is(1))
                .body("phases[1].totals.missing", is(1))
                .body("phases[1].totals.accepted", is(0))
                .body("branches.total", is(2))
                .body(cell(w.branchA(), w.plan()) + ".state", equalTo("ACCEPTED"))
                .body(cell(w.branchA(), w.summary()) + ".state", equalTo("DRAFT"))
                .body(cell(w.branchB(), w.plan()) + ".state", equalTo("RETURNED"))
                .body(cell(w.branchB(), w.summary()) + ".state", equalTo("MISSING"))
                .body("branches.items[0].cells.size()", is(2));

        given().auth()
                .oauth2(Tokens.branch(w.branchB()))
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("branches.total", is(1))
                .body("branches.items.branchId", contains((int) w.branchB()))
                .body("phases[0].totals.returned", is(1))
                .body("phases[0].totals.accepted", is(0));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("branches.total", is(2))
                .body("branches.items.size()", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("phaseId", w.phase2())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("phases.phaseId", contains((int) w.phase2()))
                .body("branches.items[0].cells.typeId", contains((int) w.summary()));
    }

    @Test
    void lateCountsLateSubmissionsAndOverdueMissingUnlessExtended() {
        World w =
                DeliverableFixture.world(CampaignStatus.ACTIVE, LocalDate.now().minusDays(10), 2);
        long planA = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), planA);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("phases[0].totals.submitted", is(1))
                .body("phases[0].totals.missing", is(1))
                .body("phases[0].totals.late", is(2))
                .body("phases[1].totals.late", is(0))
                .body(cell(w.branchA(), w.plan()) + ".late", is(true))
                .body(cell(w.branchB(), w.plan()) + ".late", is(true));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("deadline", LocalDate.now().plusDays(5).toString()))
                .put("/api/v1/campaigns/{c}/deadline-extensions/{p}/{b}", w.campaignId(), w.phase1(), w.branchB())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("phases[0].totals.late", is(1))
                .body(cell(w.branchB(), w.plan()) + ".late", is(false));
    }

    @Test
    void branchRowsSortByCodeOrNameAndNothingElse() {
        World w = DeliverableFixture.world();
        // branch B's code comes after A's; its name is made to come first
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> app.chuangxian.branch.Branch.<app.chuangxian.branch.Branch>findById(w.branchB()).name =
                        "民进AAA支部" + w.branchB());
        String admin = Tokens.admin();
        given().auth()
                .oauth2(admin)
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("branches.items.branchId", contains((int) w.branchA(), (int) w.branchB()));
        given().auth()
                .oauth2(admin)
                .queryParam("sort", "-code")
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("branches.items.branchId", contains((int) w.branchB(), (int) w.branchA()));
        given().auth()
                .oauth2(admin)
                .queryParam("sort", "name")
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("branches.items.branchId", contains((int) w.branchB(), (int) w.branchA()));
        given().auth()
                .oauth2(admin)
                .queryParam("sort", "status")
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("fieldErrors[0].field", equalTo("sort"));
    }

    @Test
    void accessFollowsTheCampaign() {
        World w = DeliverableFixture.world();
        given().auth()
                .oauth2(Tokens.branch(w.outsider()))
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.auditor())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(403);
        given().get(PROGRESS, w.campaignId()).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.assessor())
                .get(PROGRESS, w.campaignId())
                .then()
                .statusCode(200)
                .body("phases[0].totals.missing", is(2));
    }

    @Test
    void theProbeNamesMissingRequiredTypesAndBranchData() {
        World w = DeliverableFixture.world();
        long planA = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), planA);
        review(w, planA, "accept");
        var missing = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> probe.missingRequiredDeliverables(w.campaignId()));
        org.junit.jupiter.api.Assertions.assertEquals(
                Map.of(w.branchA(), java.util.List.of("活动总结"), w.branchB(), java.util.List.of("实施方案", "活动总结")),
                missing);
        org.junit.jupiter.api.Assertions.assertTrue(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> probe.branchHasData(w.branchA())));
        org.junit.jupiter.api.Assertions.assertFalse(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> probe.branchHasData(w.branchB())));
    }
}
