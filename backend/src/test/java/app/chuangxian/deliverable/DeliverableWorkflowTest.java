package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.review;
import static app.chuangxian.deliverable.DeliverableFixture.submit;
import static app.chuangxian.deliverable.DeliverableFixture.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliverableWorkflowTest {
    @jakarta.inject.Inject
    app.chuangxian.common.time.CommitteeClock clock;

    static final String ONE = "/api/v1/campaigns/{c}/deliverables/{id}";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> edit(String body, Map<String, Object> fields, int version) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "实施方案（修改）");
        m.put("body", body);
        m.put("fields", fields);
        m.put("version", version);
        return m;
    }

    @Test
    void draftSubmitReturnFixResubmitAccept() {
        World w = DeliverableFixture.world();
        String branch = Tokens.branch(w.branchA());
        long id = draft(w, w.branchA(), w.plan(), Map.of("goals", "先写目标"));
        as(Tokens.admin())
                .get(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("typeName", equalTo("实施方案"))
                .body("revision", is(0))
                .body("fields.goals", equalTo("先写目标"));

        as(branch)
                .body(edit("第一段\n第二段\n第三段", planFields(), 0))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("version", is(1))
                .body("fields.memberCount", is(21));
        submit(w, w.branchA(), id);
        as(Tokens.viewer())
                .get(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", is(1))
                .body("late", is(false))
                .body("submittedBy", equalTo("t-branch-" + w.branchA()));

        // under review: the branch can no longer edit
        as(branch)
                .body(edit("x", planFields(), version(w, id)))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_UNDER_REVIEW"));

        review(w, id, "return");
        var returned = as(branch)
                .get(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("需要补充"))
                .body("fixItems.description", contains("补充时间安排", "补充责任人"))
                .body("fixItems.addressed", contains(false, false))
                .extract();
        long firstItem = ((Number) returned.path("fixItems[0].id")).longValue();

        Map<String, Object> changed = planFields();
        changed.put("goals", "加强学习，建立议事制度");
        as(branch)
                .body(edit("第一段\n第二段改\n第三段\n第四段", changed, version(w, id)))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(200);
        as(branch)
                .body(Map.of("version", version(w, id), "addressedFixItems", List.of(firstItem)))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", is(2))
                .body("fixItems.addressed", contains(true, false));

        as(Tokens.admin())
                .get(ONE + "/changes", w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("sinceRevision", is(1))
                .body("currentRevision", is(2))
                .body("titleBefore", equalTo("实施方案（修改）"))
                .body("fields.find { it.key == 'goals' }.changed", is(true))
                .body("fields.find { it.key == 'goals' }.before", equalTo("加强学习，建立制度"))
                .body("fields.find { it.key == 'startDate' }.changed", is(false))
                .body("body.op", contains("SAME", "REMOVED", "ADDED", "SAME", "ADDED"))
                .body("body.text", contains("第一段", "第二段", "第二段改", "第三段", "第四段"));
        as(Tokens.assessor())
                .get(ONE + "/revisions", w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("revision", contains(2, 1))
                .body("[1].fields.goals", equalTo("加强学习，建立制度"));

        review(w, id, "accept");
        as(branch)
                .get(ONE, w.campaignId(), id)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("reviewedBy", equalTo("t-admin"));
        as(branch)
                .body(edit("x", planFields(), version(w, id)))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_ACCEPTED"));
        as(branch)
                .body(Map.of("version", version(w, id)))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_ACCEPTED"));
        as(Tokens.admin())
                .body(Map.of("version", version(w, id)))
                .post(ONE + "/accept", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_NOT_SUBMITTED"));
    }

    @Test
    void reviewOfADraftAndDoubleSubmitAreConflicts() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        as(Tokens.admin())
                .body(Map.of("version", 0))
                .post(ONE + "/accept", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_NOT_SUBMITTED"));
        as(Tokens.admin())
                .body(Map.of("version", 0, "reason", "r", "fixItems", List.of("a")))
                .post(ONE + "/return", w.campaignId(), id)
                .then()
                .statusCode(409);
        as(Tokens.admin())
                .get(ONE + "/changes", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_NEVER_RETURNED"));
        submit(w, w.branchA(), id);
        as(Tokens.branch(w.branchA()))
                .body(Map.of("version", version(w, id)))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_UNDER_REVIEW"));
        as(Tokens.admin())
                .body(Map.of("version", version(w, id), "reason", " ", "fixItems", List.of()))
                .post(ONE + "/return", w.campaignId(), id)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("reason"))
                .body("fieldErrors.field", hasItem("fixItems"));
    }

    @Test
    void staleVersionsChangeNothing() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        as(Tokens.branch(w.branchA()))
                .body(edit("new", planFields(), 5))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.branch(w.branchA()))
                .body(Map.of("version", 7))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .get(ONE, w.campaignId(), id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("body", equalTo("第一段\n第二段\n第三段"))
                .body("version", is(0));
    }

    @Test
    void fieldsAreValidatedAgainstTheType() {
        World w = DeliverableFixture.world();
        Map<String, Object> bad = new HashMap<>();
        bad.put("goals", "长".repeat(501));
        bad.put("startDate", "2026-13-45");
        bad.put("memberCount", "many");
        bad.put("measures", List.of("ok", "x".repeat(51)));
        bad.put("colour", "red");
        as(Tokens.branch(w.branchA()))
                .body(DeliverableFixture.draftBody(w.plan(), bad))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body(
                        "fieldErrors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "fields.goals",
                                "fields.startDate",
                                "fields.memberCount",
                                "fields.measures",
                                "fields.colour"))
                .body("fieldErrors.find { it.field == 'fields.goals' }.reason", equalTo("TOO_LONG"))
                .body("fieldErrors.find { it.field == 'fields.goals' }.params", equalTo(Map.of("max", 500)))
                .body("fieldErrors.find { it.field == 'fields.measures' }.reason", equalTo("ITEM_TOO_LONG"))
                .body("fieldErrors.find { it.field == 'fields.measures' }.params", equalTo(Map.of("max", 50)))
                .body("fieldErrors.find { it.field == 'fields.startDate' }.reason", equalTo("DATE"))
                .body("fieldErrors.find { it.field == 'fields.memberCount' }.reason", equalTo("NUMBER"))
                .body("fieldErrors.find { it.field == 'fields.colour' }.reason", nullValue());
        // a draft may leave required fields empty; the submission may not
        long id = draft(w, w.branchA(), w.plan(), Map.of("memberCount", 3));
        as(Tokens.branch(w.branchA()))
                .body(Map.of("version", 0))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("fields.goals", "fields.startDate"));
        as(Tokens.branch(w.branchA()))
                .body(Map.of("typeId", w.plan(), "title", "t", "extra", 1))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("extra"));
    }

    @Test
    void oneDeliverablePerBranchUnlessTheTypeAllowsSeveral() {
        World w = DeliverableFixture.world();
        draft(w, w.branchA(), w.plan(), planFields());
        as(Tokens.branch(w.branchA()))
                .body(DeliverableFixture.draftBody(w.plan(), planFields()))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_EXISTS"));
        draft(w, w.branchB(), w.plan(), planFields());
        draft(w, w.branchA(), w.record(), Map.of());
        draft(w, w.branchA(), w.record(), Map.of("meetingDate", "2026-03-01"));
        as(Tokens.admin())
                .queryParam("branchId", w.branchA())
                .queryParam("typeId", w.record())
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(200)
                .body("total", is(2));
    }

    @Test
    void branchesReachOnlyTheirOwnAndRolesAreEnforced() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        String other = Tokens.branch(w.branchB());
        as(other).get(ONE, w.campaignId(), id).then().statusCode(404);
        as(other)
                .body(edit("x", planFields(), 0))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(404);
        as(other)
                .body(Map.of("version", 0))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(404);
        as(other).get(ONE + "/revisions", w.campaignId(), id).then().statusCode(404);
        as(other)
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(200)
                .body("total", is(0));
        as(Tokens.viewer()).get(ONE, w.campaignId(), id).then().statusCode(200);
        as(Tokens.assessor()).get(ONE, w.campaignId(), id).then().statusCode(404);
        as(Tokens.auditor()).get(ONE, w.campaignId(), id).then().statusCode(403);
        as(Tokens.viewer())
                .body(DeliverableFixture.draftBody(w.plan(), planFields()))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(edit("x", planFields(), 0))
                .put(ONE, w.campaignId(), id)
                .then()
                .statusCode(403);
        as(Tokens.branch(w.branchA()))
                .body(Map.of("version", 0))
                .post(ONE + "/accept", w.campaignId(), id)
                .then()
                .statusCode(403);
        given().get(ONE, w.campaignId(), id).then().statusCode(401);
        // a branch that does not take part reaches nothing of the campaign
        as(Tokens.branch(w.outsider()))
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(404);
        as(Tokens.branch(w.outsider()))
                .body(DeliverableFixture.draftBody(w.plan(), planFields()))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(404);
        as(Tokens.admin()).get(ONE, w.campaignId() + 100000, id).then().statusCode(404);
        // an account with a branch role but no branch drafts nothing
        as(Tokens.token("t-nobranch", java.util.Set.of("BRANCH", "VIEWER"), null))
                .body(DeliverableFixture.draftBody(w.plan(), planFields()))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(404);
    }

    @Test
    void closedCampaignsRefuseWrites() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        DeliverableFixture.setStatus(w.campaignId(), app.chuangxian.campaign.CampaignStatus.CLOSED);
        as(Tokens.branch(w.branchA()))
                .body(Map.of("version", 0))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        as(Tokens.branch(w.branchA()))
                .body(DeliverableFixture.draftBody(w.record(), Map.of()))
                .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        as(Tokens.branch(w.branchA()))
                .get(ONE, w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsLateUnlessExtended() {
        World w = DeliverableFixture.world(
                app.chuangxian.campaign.CampaignStatus.ACTIVE,
                java.time.LocalDate.now().minusDays(10),
                2);
        long a = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), a);
        as(Tokens.admin())
                .get(ONE, w.campaignId(), a)
                .then()
                .body("late", is(true))
                .body(
                        "deadline",
                        equalTo(java.time.LocalDate.now().minusDays(10).toString()));

        String deadline = java.time.LocalDate.now().plusDays(7).toString();
        String path = "/api/v1/campaigns/{c}/deadline-extensions/{p}/{b}";
        as(Tokens.branch(w.branchB()))
                .body(Map.of("deadline", deadline))
                .put(path, w.campaignId(), w.phase1(), w.branchB())
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(Map.of("deadline", deadline, "reason", "换届"))
                .put(path, w.campaignId(), w.phase1(), w.branchB())
                .then()
                .statusCode(200)
                .body("deadline", equalTo(deadline))
                .body("version", is(0));
        as(Tokens.admin())
                .body(Map.of("deadline", deadline))
                .put(path, w.campaignId(), w.phase1(), w.branchB())
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        as(Tokens.admin())
                .body(Map.of("deadline", deadline))
                .put(path, w.campaignId(), w.phase1(), w.outsider())
                .then()
                .statusCode(404);
        long b = draft(w, w.branchB(), w.plan(), planFields());
        submit(w, w.branchB(), b);
        as(Tokens.admin())
                .get(ONE, w.campaignId(), b)
                .then()
                .body("late", is(false))
                .body("deadline", equalTo(deadline));
        as(Tokens.branch(w.branchA()))
                .get("/api/v1/campaigns/{c}/deadline-extensions", w.campaignId())
                .then()
                .statusCode(200)
                .body("size()", is(0));
        as(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/deadline-extensions", w.campaignId())
                .then()
                .statusCode(200)
                .body("branchId", contains((int) w.branchB()));
        as(Tokens.admin())
                .queryParam("late", true)
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(200)
                .body("items.id", contains((int) a));
    }

    static io.restassured.response.ValidatableResponse recordAsOf(
            String token, long campaignId, Object asOf, String reason) {
        int version = as(Tokens.admin())
                .get("/api/v1/campaigns/{c}", campaignId)
                .then()
                .extract()
                .path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("asOf", asOf);
        body.put("reason", reason);
        body.put("version", version);
        return as(token)
                .body(body)
                .post("/api/v1/campaigns/{c}/recorded-history", campaignId)
                .then();
    }

    @Test
    void aPastCampaignEnteredAsOfADateIsNotShownAsLate() {
        // the committee's day, not the machine's: they differ for part of every day
        java.time.LocalDate deadline = clock.today().minusDays(10);
        World w = DeliverableFixture.world(app.chuangxian.campaign.CampaignStatus.ACTIVE, deadline, 2);
        String asOf = deadline.minusDays(3).toString();

        recordAsOf(Tokens.branch(w.branchA()), w.campaignId(), asOf, "补录").statusCode(403);
        recordAsOf(Tokens.admin(), w.campaignId(), clock.today().plusDays(1).toString(), "补录")
                .statusCode(400)
                .body("fieldErrors.field", hasItem("asOf"));
        recordAsOf(Tokens.admin(), w.campaignId(), asOf, " ")
                .statusCode(400)
                .body("fieldErrors.field", hasItem("reason"));
        recordAsOf(Tokens.admin(), w.campaignId(), asOf, "补录2009年纸质材料")
                .statusCode(200)
                .body("recordedAsOf", equalTo(asOf));

        // entered as of a day before the deadline: on time, and the branch not yet entered is not overdue either
        long a = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), a);
        as(Tokens.admin()).get(ONE, w.campaignId(), a).then().body("late", is(false));
        as(Tokens.admin())
                .get("/api/v1/campaigns/{c}/progress", w.campaignId())
                .then()
                .statusCode(200)
                .body("phases[0].totals.late", is(0));

        // back to live dates, the deadline has passed
        recordAsOf(Tokens.admin(), w.campaignId(), null, "补录完成").statusCode(200).body("recordedAsOf", nullValue());
        long b = draft(w, w.branchB(), w.plan(), planFields());
        submit(w, w.branchB(), b);
        as(Tokens.admin()).get(ONE, w.campaignId(), b).then().body("late", is(true));
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("entityType", "Campaign")
                .queryParam("entityId", w.campaignId())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("RECORDED_HISTORY_SET"))
                .body("items.action", hasItem("RECORDED_HISTORY_ENDED"));
    }

    @Test
    void unsavedContentIsSavedAndSubmittedInOneStepOrNotAtAll() {
        World w = DeliverableFixture.world();
        String branch = Tokens.branch(w.branchA());
        long id = draft(w, w.branchA(), w.plan(), Map.of("memberCount", 3));
        // content that cannot be submitted (required fields still empty): refused, and the draft keeps what it had
        Map<String, Object> incomplete = new HashMap<>();
        incomplete.put("title", "新标题");
        incomplete.put("body", "新正文");
        incomplete.put("fields", Map.of("memberCount", 9));
        as(branch)
                .body(Map.of("version", 0, "changes", incomplete))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("fields.goals", "fields.startDate"));
        as(branch)
                .get(ONE, w.campaignId(), id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("version", is(0))
                .body("title", equalTo("实施方案"))
                .body("fields.memberCount", is(3));
        // invalid content names the field under changes
        as(branch)
                .body(Map.of("version", 0, "changes", Map.of("title", " ")))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("changes.title"));
        // complete content: saved and submitted in the one request, and the revision holds it
        Map<String, Object> complete = new HashMap<>(incomplete);
        complete.put("fields", planFields());
        String key = "submit-with-changes-" + id;
        for (int i = 0; i < 2; i++) {
            as(branch)
                    .header("Idempotency-Key", key)
                    .body(Map.of("version", 0, "changes", complete))
                    .post(ONE + "/submit", w.campaignId(), id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("title", equalTo("新标题"))
                    .body("body", equalTo("新正文"))
                    .body("revision", is(1));
        }
        as(branch)
                .get(ONE + "/revisions", w.campaignId(), id)
                .then()
                .body("size()", is(1))
                .body("[0].title", equalTo("新标题"));
        // the same key with other content is another request, not a retry
        Map<String, Object> other = new HashMap<>(complete);
        other.put("body", "另一份正文");
        as(branch)
                .header("Idempotency-Key", key)
                .body(Map.of("version", 0, "changes", other))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aPhoneRetryingASubmitWithChangesAtOnceSubmitsOnce() {
        World w = DeliverableFixture.world();
        String branch = Tokens.branch(w.branchA());
        long id = draft(w, w.branchA(), w.plan(), Map.of("memberCount", 3));
        Map<String, Object> content = new HashMap<>();
        content.put("title", "并发提交");
        content.put("body", "正文");
        content.put("fields", planFields());
        List<Integer> statuses = Parallel.run(
                4,
                n -> as(branch)
                        .header("Idempotency-Key", "submit-at-once-" + id)
                        .body(Map.of("version", 0, "changes", content))
                        .post(ONE + "/submit", w.campaignId(), id)
                        .statusCode());
        for (int status : statuses) {
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 409, "answered " + statuses);
        }
        org.junit.jupiter.api.Assertions.assertTrue(statuses.contains(200), "one submit landed: " + statuses);
        as(branch)
                .get(ONE + "/revisions", w.campaignId(), id)
                .then()
                .body("size()", is(1))
                .body("[0].title", equalTo("并发提交"));
    }

    @Test
    void aRetriedSubmitWithTheSameKeyReturnsTheFirstResult() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        String branch = Tokens.branch(w.branchA());
        String key = "submit-" + id;
        for (int i = 0; i < 2; i++) {
            as(branch)
                    .header("Idempotency-Key", key)
                    .body(Map.of("version", 0))
                    .post(ONE + "/submit", w.campaignId(), id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("revision", is(1))
                    .body("version", is(1));
        }
        as(branch).get(ONE + "/revisions", w.campaignId(), id).then().body("size()", is(1));
        long other = draft(w, w.branchA(), w.record(), Map.of());
        as(branch)
                .header("Idempotency-Key", key)
                .body(Map.of("version", 0))
                .post(ONE + "/submit", w.campaignId(), other)
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(Tokens.admin()).get(ONE, w.campaignId(), other).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void fixItemsAreMarkedByTheReviewerOrByTheBranchWhileReturned() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        review(w, id, "return");
        long item = ((Number) as(Tokens.admin())
                        .get(ONE, w.campaignId(), id)
                        .then()
                        .extract()
                        .path("fixItems[1].id"))
                .longValue();
        String path = ONE + "/fix-items/{item}";
        as(Tokens.branch(w.branchB()))
                .body(Map.of("addressed", true, "version", 0))
                .put(path, w.campaignId(), id, item)
                .then()
                .statusCode(404);
        as(Tokens.branch(w.branchA()))
                .body(Map.of("addressed", true, "version", 0))
                .put(path, w.campaignId(), id, item)
                .then()
                .statusCode(200)
                .body("addressed", is(true))
                .body("version", is(1));
        as(Tokens.admin())
                .body(Map.of("addressed", false, "version", 0))
                .put(path, w.campaignId(), id, item)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        submit(w, w.branchA(), id);
        as(Tokens.branch(w.branchA()))
                .body(Map.of("addressed", false, "version", 1))
                .put(path, w.campaignId(), id, item)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_NOT_RETURNED"));
        as(Tokens.admin())
                .body(Map.of("addressed", false, "version", 1))
                .put(path, w.campaignId(), id, item)
                .then()
                .statusCode(200)
                .body("addressed", is(false))
                .body("addressedBy", nullValue());
    }

    @Test
    void theBranchTicksEachFixItemWithANote() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        review(w, id, "return");
        String branch = Tokens.branch(w.branchA());
        var read = as(branch).get(ONE, w.campaignId(), id).then().extract();
        long first = ((Number) read.path("fixItems[0].id")).longValue();
        long second = ((Number) read.path("fixItems[1].id")).longValue();
        String path = ONE + "/fix-items/{item}";
        as(branch)
                .body(Map.of("addressed", true, "note", "  已补充时间安排  ", "version", 0))
                .put(path, w.campaignId(), id, first)
                .then()
                .statusCode(200)
                .body("addressed", is(true))
                .body("note", equalTo("已补充时间安排"));
        as(branch)
                .body(Map.of("addressed", true, "note", "x".repeat(1001), "version", 0))
                .put(path, w.campaignId(), id, second)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("note"));
        // a later change without a note keeps the note
        as(branch)
                .body(Map.of("addressed", false, "version", 1))
                .put(path, w.campaignId(), id, first)
                .then()
                .statusCode(200)
                .body("addressed", is(false))
                .body("note", equalTo("已补充时间安排"));
        as(branch)
                .body(Map.of("addressed", true, "version", 2))
                .put(path, w.campaignId(), id, first)
                .then()
                .statusCode(200);
        // the branch's list says why it came back
        as(branch)
                .queryParam("status", "RETURNED")
                .get("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].returnReason", equalTo("需要补充"));
        // submitting without a list marks nothing else: the second item stays open
        as(branch)
                .body(Map.of("version", version(w, id)))
                .post(ONE + "/submit", w.campaignId(), id)
                .then()
                .statusCode(200)
                .body("fixItems.addressed", contains(true, false))
                .body("fixItems.note", contains("已补充时间安排", null));
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOneDraft() {
        World w = DeliverableFixture.world();
        String branch = Tokens.branch(w.branchA());
        String list = "/api/v1/campaigns/{c}/deliverables";
        Map<String, Object> body = DeliverableFixture.draftBody(w.record(), Map.of());
        int first = as(branch)
                .header("Idempotency-Key", "new-record-1")
                .body(body)
                .post(list, w.campaignId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(branch)
                .header("Idempotency-Key", "new-record-1")
                .body(body)
                .post(list, w.campaignId())
                .then()
                .statusCode(201)
                .body("id", is(first));
        as(branch)
                .queryParam("typeId", w.record())
                .get(list, w.campaignId())
                .then()
                .body("total", is(1));
        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "另一次活动");
        as(branch)
                .header("Idempotency-Key", "new-record-1")
                .body(other)
                .post(list, w.campaignId())
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(branch)
                .header("Idempotency-Key", "new-record-2")
                .body(other)
                .post(list, w.campaignId())
                .then()
                .statusCode(201)
                .body("id", org.hamcrest.Matchers.not(is(first)));
    }

    @Test
    void listFiltersSortsAndPages() {
        World w = DeliverableFixture.world();
        long a = draft(w, w.branchA(), w.plan(), planFields());
        long b = draft(w, w.branchB(), w.plan(), planFields());
        long r = draft(w, w.branchA(), w.record(), Map.of());
        submit(w, w.branchA(), a);
        String list = "/api/v1/campaigns/{c}/deliverables";
        as(Tokens.admin())
                .queryParam("status", "SUBMITTED")
                .get(list, w.campaignId())
                .then()
                .statusCode(200)
                .body("items.id", contains((int) a))
                .body("items[0].branchName", org.hamcrest.Matchers.startsWith("民进"));
        as(Tokens.admin())
                .queryParam("phaseId", w.phase2())
                .get(list, w.campaignId())
                .then()
                .body("items.id", contains((int) r));
        as(Tokens.admin())
                .queryParam("sort", "id")
                .queryParam("size", 2)
                .get(list, w.campaignId())
                .then()
                .body("total", is(3))
                .body("items.id", contains((int) a, (int) b));
        as(Tokens.admin())
                .queryParam("sort", "id")
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get(list, w.campaignId())
                .then()
                .body("items.id", contains((int) r));
        as(Tokens.branch(w.branchA()))
                .queryParam("sort", "-id")
                .get(list, w.campaignId())
                .then()
                .body("items.id", contains((int) r, (int) a));
        // sorts by the type's order or the branch's code join their names before the page is chosen
        as(Tokens.admin())
                .queryParam("sort", "-type")
                .get(list, w.campaignId())
                .then()
                .body("items.id", contains((int) r, (int) b, (int) a))
                .body("items.typeName", contains("活动记录", "实施方案", "实施方案"));
        java.util.Set<Integer> byBranch = new java.util.HashSet<>();
        for (int page = 1; page <= 3; page++) {
            byBranch.add(as(Tokens.admin())
                    .queryParam("sort", "branch")
                    .queryParam("size", 1)
                    .queryParam("page", page)
                    .get(list, w.campaignId())
                    .then()
                    .body("total", is(3))
                    .extract()
                    .path("items[0].id"));
        }
        assertEquals(java.util.Set.of((int) a, (int) b, (int) r), byBranch, "three pages, each row once");
        as(Tokens.admin())
                .queryParam("late", false)
                .queryParam("branchId", w.branchA())
                .queryParam("sort", "id")
                .get(list, w.campaignId())
                .then()
                .body("total", is(2))
                .body("items.id", contains((int) a, (int) r))
                .body("items.late", contains(false, false));
        as(Tokens.admin())
                .queryParam("sort", "body")
                .get(list, w.campaignId())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("sort"));
        as(Tokens.admin())
                .queryParam("status", "LOST")
                .get(list, w.campaignId())
                .then()
                .statusCode(400);
    }

    @Test
    void anAssessorReadsWhatWasHandedInButNeverADraft() {
        World w = DeliverableFixture.world();
        long handedIn = draft(w, w.branchA(), w.plan(), planFields());
        long draft = draft(w, w.branchA(), w.record(), Map.of());
        submit(w, w.branchA(), handedIn);
        String list = "/api/v1/campaigns/{c}/deliverables";
        String assessor = Tokens.assessor();

        as(assessor)
                .queryParam("branchId", w.branchA())
                .get(list, w.campaignId())
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items.id", contains((int) handedIn));
        as(assessor)
                .queryParam("status", "DRAFT")
                .get(list, w.campaignId())
                .then()
                .statusCode(200)
                .body("total", is(0));
        as(assessor)
                .get(ONE, w.campaignId(), handedIn)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("fields.goals", equalTo("加强学习，建立制度"));
        as(assessor).get(ONE, w.campaignId(), draft).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(assessor).get(ONE + "/revisions", w.campaignId(), draft).then().statusCode(404);
        // staff, leadership and the branch itself still see the draft
        as(Tokens.admin())
                .queryParam("branchId", w.branchA())
                .get(list, w.campaignId())
                .then()
                .body("total", is(2));
        as(Tokens.viewer()).get(ONE, w.campaignId(), draft).then().statusCode(200);
        as(Tokens.branch(w.branchA())).get(ONE, w.campaignId(), draft).then().statusCode(200);
        // returned for a fix and accepted ones stay readable to the assessor
        review(w, handedIn, "return");
        as(assessor).get(ONE, w.campaignId(), handedIn).then().statusCode(200).body("status", equalTo("RETURNED"));
    }
}
