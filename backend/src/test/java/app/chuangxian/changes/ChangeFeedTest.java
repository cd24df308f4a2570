package app.chuangxian.changes;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.review;
import static app.chuangxian.deliverable.DeliverableFixture.submit;
import static app.chuangxian.deliverable.DeliverableFixture.version;
import static app.chuangxian.support.ChangeFeed.end;
import static app.chuangxian.support.ChangeFeed.of;
import static app.chuangxian.support.ChangeFeed.read;
import static app.chuangxian.support.ChangeFeed.since;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.deliverable.CalendarMessages;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.organisation.OrganisationTreeTest;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.ChangeFeed;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feed against MariaDB: what each write reports, in order, from a cursor, and to whom. */
@QuarkusTest
class ChangeFeedTest {
    private static final String FEED = ChangeFeed.PATH;

    @Inject
    CalendarMessages calendar;

    @Test
    void aBranchIsReportedFromCreationToDeletionInOrder() {
        String cursor = end(Tokens.admin());
        long id = Samples.branch();
        Map<String, Object> body = Samples.branchBody();
        body.put("name", "改名支部" + body.get("code"));
        body.put("version", 0);
        OrganisationTreeTest.as(Tokens.admin())
                .body(body)
                .put("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200);
        OrganisationTreeTest.as(Tokens.admin())
                .body(Map.of("version", 1))
                .post("/api/v1/branches/{id}/archive", id)
                .then()
                .statusCode(200);
        OrganisationTreeTest.as(Tokens.admin())
                .delete("/api/v1/branches/{id}", id)
                .then()
                .statusCode(204);

        List<Map<String, Object>> changes = since(Tokens.admin(), cursor);
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED", "DELETED"), of(changes, "BRANCH", id, "operation"));
        assertEquals(List.of("ACTIVE", "ACTIVE", "ARCHIVED", "null"), of(changes, "BRANCH", id, "status"));
        assertEquals(
                List.of(String.valueOf(id)),
                of(changes, "BRANCH", id, "branchId").stream().distinct().toList());
        List<Long> sequence = changes.stream()
                .map(c -> ((Number) c.get("sequence")).longValue())
                .toList();
        assertEquals(sequence.stream().sorted().toList(), sequence, "oldest first");
    }

    @Test
    void aDeliverableReportsEachStatusItReachesButNotItsDraft() {
        World w = DeliverableFixture.world();
        String cursor = end(Tokens.admin());
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        review(w, id, "return");
        OrganisationTreeTest.as(Tokens.branch(w.branchA()))
                .body(Map.of("version", version(w, id)))
                .post("/api/v1/campaigns/{c}/deliverables/{id}/submit", w.campaignId(), id)
                .then()
                .statusCode(200);
        review(w, id, "accept");

        List<Map<String, Object>> changes = since(Tokens.admin(), cursor);
        assertEquals(
                List.of("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"), of(changes, "DELIVERABLE", id, "status"));
        assertEquals(
                List.of(String.valueOf(w.campaignId())),
                of(changes, "DELIVERABLE", id, "campaignId").stream().distinct().toList());
        assertEquals(
                List.of(String.valueOf(w.branchA())),
                of(changes, "DELIVERABLE", id, "branchId").stream().distinct().toList());
        // Only what was asked for: the deliverables of this campaign's branch and nothing else.
        var deliverables = OrganisationTreeTest.as(Tokens.admin())
                .queryParam("since", cursor)
                .queryParam("resource", "DELIVERABLE")
                .get(FEED)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(deliverables.getList("items.resource").stream().allMatch("DELIVERABLE"::equals));
    }

    @Test
    void aCampaignReportsItsCreationSettingsAndDeletion() {
        String cursor = end(Tokens.admin());
        long id = CampaignSamples.campaign();
        var campaign = OrganisationTreeTest.as(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = CampaignSamples.campaignBody();
        body.put("title", "改名的活动");
        body.put("version", campaign.getInt("version"));
        OrganisationTreeTest.as(Tokens.admin())
                .body(body)
                .put("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200);
        OrganisationTreeTest.as(Tokens.admin())
                .delete("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(204);

        List<Map<String, Object>> changes = since(Tokens.admin(), cursor);
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), of(changes, "CAMPAIGN", id, "operation"));
        assertEquals(List.of("DRAFT", "DRAFT", "null"), of(changes, "CAMPAIGN", id, "status"));
    }

    @Test
    void aScoresheetSubmittedAndReopenedIsReportedToStaffButNotToLeaders() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "5", 0);
        long branch = f.addBranch();
        long assessor = ScoringFixture.assessor(null);
        f.assign(branch, assessor);
        String admin = end(Tokens.admin());
        String leader = end(Tokens.viewer());
        String token = ScoringFixture.token(assessor);
        long id = f.draftThroughApi(branch, token);
        Api.as(token)
                .body(Map.of("version", 0))
                .post("/api/v1/campaigns/{c}/scoresheets/{id}/submit", f.campaignId, id)
                .then()
                .statusCode(200);
        Api.as(Tokens.admin())
                .body(Map.of("version", 1, "reason", "第二项评分依据不足"))
                .post("/api/v1/campaigns/{c}/scoresheets/{id}/reopen", f.campaignId, id)
                .then()
                .statusCode(200);

        List<Map<String, Object>> staff = since(Tokens.admin(), admin);
        // the draft it was written as is not reported; its submit and its reopening (a draft again) are
        assertEquals(List.of("SUBMITTED", "DRAFT"), of(staff, "SCORESHEET", id, "status"));
        assertEquals(
                List.of(String.valueOf(branch)),
                of(staff, "SCORESHEET", id, "branchId").stream().distinct().toList());
        assertEquals(
                List.of(String.valueOf(f.campaignId)),
                of(staff, "SCORESHEET", id, "campaignId").stream().distinct().toList());
        // leaders do not read scoresheets, so their feed does not report them
        assertFalse(ChangeFeed.anyOf(since(Tokens.viewer(), leader), "SCORESHEET"));
    }

    @Test
    void aPhaseIsReportedOnceWhenItStartsAndNotForADraftCampaign() {
        long running = CampaignSamples.campaign();
        long first = CampaignSamples.phase(running, 1, "P1", "2031-03-01", "2031-03-31");
        long second = CampaignSamples.phase(running, 2, "P2", "2031-04-01", "2031-04-30");
        CampaignSamples.transition(running, "activate");
        long draft = CampaignSamples.campaign();
        long drafted = CampaignSamples.phase(draft, 1, "P1", "2031-03-01", "2031-03-31");
        String cursor = end(Tokens.admin());

        // at night too, and again later that day or the next: once
        calendar.send(LocalDate.of(2031, 3, 1), LocalTime.of(0, 30));
        calendar.send(LocalDate.of(2031, 3, 1), LocalTime.of(9, 0));
        calendar.send(LocalDate.of(2031, 3, 2), LocalTime.of(9, 0));
        List<Map<String, Object>> march = since(Tokens.admin(), cursor);
        assertEquals(List.of("STARTED"), of(march, "PHASE", first, "status"));
        assertEquals(List.of(String.valueOf(running)), of(march, "PHASE", first, "campaignId"));
        assertEquals(List.of(), of(march, "PHASE", second, "status"), "the second phase has not started");
        assertEquals(List.of(), of(march, "PHASE", drafted, "status"), "a draft campaign runs no phase");

        // a day the job did not run is caught up on the next run
        calendar.send(LocalDate.of(2031, 4, 3), LocalTime.of(9, 0));
        assertEquals(List.of("STARTED"), of(since(Tokens.admin(), cursor), "PHASE", second, "status"));
    }

    @Test
    void staffReadTheChangesOfTheirOwnSubtreeOnly() {
        // A tree of this test's own: the shared one's branch counts are another test's to check.
        OrganisationTreeTest.nationalRoot();
        long p1 = OrganisationTreeTest.create(Tokens.admin(), 1, "PROVINCE", "变更省");
        long p2 = OrganisationTreeTest.create(Tokens.admin(), 1, "PROVINCE", "变更省");
        long c1 = OrganisationTreeTest.create(Tokens.admin(), p1, "CITY", "变更市");
        long c2 = OrganisationTreeTest.create(Tokens.admin(), p1, "CITY", "变更市");
        long c3 = OrganisationTreeTest.create(Tokens.admin(), p2, "CITY", "变更市");
        String cityStaff = OrganisationTreeTest.staffOf(c1, "VIEWER");
        String provinceStaff = OrganisationTreeTest.staffOf(p1, "ADMIN");
        String mine = end(cityStaff);
        String province = end(provinceStaff);
        long inMyCity = OrganisationTreeTest.branchIn(c1);
        long inMySiblingCity = OrganisationTreeTest.branchIn(c2);
        long inAnotherProvince = OrganisationTreeTest.branchIn(c3);

        List<Map<String, Object>> city = since(cityStaff, mine);
        assertEquals(List.of("CREATED"), of(city, "BRANCH", inMyCity, "operation"));
        assertEquals(List.of(), of(city, "BRANCH", inMySiblingCity, "operation"));
        assertEquals(List.of(), of(city, "BRANCH", inAnotherProvince, "operation"));

        List<Map<String, Object>> above = since(provinceStaff, province);
        assertEquals(List.of("CREATED"), of(above, "BRANCH", inMyCity, "operation"));
        assertEquals(List.of("CREATED"), of(above, "BRANCH", inMySiblingCity, "operation"));
        assertEquals(List.of(), of(above, "BRANCH", inAnotherProvince, "operation"));
    }

    @Test
    void theCursorPagesWithoutGapsOrRepeats() {
        String cursor = end(Tokens.admin());
        List<Long> made = List.of(Samples.branch(), Samples.branch(), Samples.branch());

        JsonPath first = read(Tokens.admin(), cursor, 2);
        assertEquals(2, first.getList("items").size());
        assertTrue(first.getBoolean("more"));
        JsonPath second = read(Tokens.admin(), first.getString("next"), 2);
        List<Long> seen = new ArrayList<>();
        for (JsonPath page : List.of(first, second)) {
            page.getList("items.resourceId", Number.class).forEach(n -> seen.add(n.longValue()));
        }
        assertEquals(made, seen.subList(0, 3));

        // Nothing new: the same cursor back, no items, nothing more.
        String last = end(Tokens.admin());
        JsonPath empty = read(Tokens.admin(), last, 10);
        assertEquals(List.of(), empty.getList("items"));
        assertEquals(last, empty.getString("next"));
        assertFalse(empty.getBoolean("more"));
        assertNotEquals(cursor, last);
    }

    @Test
    void aCursorThisApiDidNotGiveIsRefusedOnItsField() {
        for (String bad : List.of("1042", "c1.", "c1.-5", "c2.10", "c1.99999999999999999999", "c1.01", "c1.1 ")) {
            OrganisationTreeTest.as(Tokens.admin())
                    .queryParam("since", bad)
                    .get(FEED)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("fieldErrors.field", hasItem("since"));
        }
        for (int size : List.of(0, 501)) {
            OrganisationTreeTest.as(Tokens.admin())
                    .queryParam("size", size)
                    .get(FEED)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        OrganisationTreeTest.as(Tokens.admin())
                .queryParam("resource", "ACCOUNT")
                .get(FEED)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void branchAccountsAndAssessorsHaveNoFeed() {
        OrganisationTreeTest.as(Tokens.branch(Samples.branch()))
                .get(FEED)
                .then()
                .statusCode(403);
        OrganisationTreeTest.as(Tokens.assessor()).get(FEED).then().statusCode(403);
        OrganisationTreeTest.as(Tokens.viewer())
                .get(FEED)
                .then()
                .statusCode(200)
                .body("next", org.hamcrest.Matchers.matchesPattern("c1\\.(0|[1-9][0-9]*)"));
    }
}
