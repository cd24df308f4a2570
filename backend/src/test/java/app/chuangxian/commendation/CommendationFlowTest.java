package app.chuangxian.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.ChangeFeed;
import app.chuangxian.support.FixedClock;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommendationFlowTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    FakeResults results;

    @Inject
    FixedClock clock;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    /** Five branches: 95 优秀, 92 优秀, 85 良好, 80 良好 but ineligible, 70 合格. */
    CommendationFixture finalised() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.FINALISED, 5);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, true),
                        f.result(1, "92", "EXCELLENT", "优秀", 2, true),
                        f.result(2, "85", "GOOD", "良好", 3, true),
                        f.result(3, "80", "GOOD", "良好", 4, false),
                        f.result(4, "70", "PASS", "合格", 5, true)));
        return f;
    }

    static ValidatableResponse post(String token, Object body, String path, Object... params) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path, params)
                .then();
    }

    static long createList(long campaignId, Map<String, Object> body) {
        return ((Number) post(Tokens.admin(), body, "/api/v1/campaigns/{c}/commendation-lists", campaignId)
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    static int version(long listId) {
        return given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", listId)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }

    static Map<String, Object> adjust(long branchId, String reason, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("branchId", branchId);
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }

    @Test
    void shortlistIsRefusedUntilResultsAreFinalised() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.OPEN, 1);
        post(
                        Tokens.admin(),
                        Map.of("basis", "TOP_N", "topN", 3),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("RESULTS_NOT_FINALISED"));
    }

    @Test
    void shortlistByGradeTakesEligibleBranchesAtOrAboveIt() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "GOOD"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("entries.branchName", contains(f.branchNames.get(0), f.branchNames.get(1), f.branchNames.get(2)))
                .body("entries[0].total", equalTo(95.0f))
                .body("entries[2].gradeName", equalTo("良好"));
    }

    @Test
    void topNIncludesTiesAtTheCutOffAndSkipsIneligibleBranches() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.PUBLISHED, 4);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, false),
                        f.result(1, "90", "EXCELLENT", "优秀", 2, true),
                        f.result(2, "85", "GOOD", "良好", 3, true),
                        f.result(3, "85", "GOOD", "良好", 3, true)));
        long id = createList(f.campaignId, Map.of("basis", "TOP_N", "topN", 2));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .body(
                        "entries.branchId",
                        contains(
                                f.branchIds.get(1).intValue(),
                                f.branchIds.get(2).intValue(),
                                f.branchIds.get(3).intValue()));
    }

    @Test
    void badShortlistRequestsAre400WithTheField() {
        CommendationFixture f = finalised();
        post(
                        Tokens.admin(),
                        Map.of("basis", "GRADE", "minGradeCode", "NOPE"),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("minGradeCode"));
        post(
                        Tokens.admin(),
                        Map.of("basis", "TOP_N", "topN", 0),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("topN"));
        post(
                        Tokens.admin(),
                        Map.of("basis", "TOP_N", "topN", 2, "extra", 1),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(400);
        post(Tokens.admin(), Map.of("basis", "TOP_N", "topN", 2), "/api/v1/campaigns/{c}/commendation-lists", 999999)
                .statusCode(404);
    }

    @Test
    void handAdjustmentsNeedAReasonAndAreRecorded() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "GOOD"));
        int v = version(id);
        post(Tokens.admin(), adjust(f.branchIds.get(3), " ", v), "/api/v1/commendation-lists/{id}/additions", id)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("reason"));
        post(
                        Tokens.admin(),
                        adjust(f.branchIds.get(3), "整改到位，经研究破格列入", v),
                        "/api/v1/commendation-lists/{id}/additions",
                        id)
                .statusCode(200)
                .body("entries.find { it.branchId == %s }.eligible".formatted(f.branchIds.get(3)), equalTo(false))
                .body("entries.find { it.branchId == %s }.origin".formatted(f.branchIds.get(3)), equalTo("ADDED"));
        post(Tokens.admin(), adjust(f.branchIds.get(2), "材料不实", v), "/api/v1/commendation-lists/{id}/removals", id)
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        post(Tokens.admin(), adjust(f.branchIds.get(2), "材料不实", v + 1), "/api/v1/commendation-lists/{id}/removals", id)
                .statusCode(200)
                .body(
                        "entries.branchId",
                        contains(
                                f.branchIds.get(0).intValue(),
                                f.branchIds.get(1).intValue(),
                                f.branchIds.get(3).intValue()))
                .body("adjustments.action", contains("ADD", "REMOVE"))
                .body("adjustments[1].reason", equalTo("材料不实"))
                .body("adjustments[1].madeBy", equalTo("t-admin"));
        post(Tokens.admin(), adjust(f.branchIds.get(0), "重复", v + 2), "/api/v1/commendation-lists/{id}/additions", id)
                .statusCode(409)
                .body("code", equalTo("ALREADY_ON_LIST"));
        post(Tokens.admin(), adjust(999999L, "不存在", v + 2), "/api/v1/commendation-lists/{id}/additions", id)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("branchId"));
    }

    @Test
    void rolesAndVisibilityOfUnpublishedLists() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "TOP_N", "topN", 2));
        post(
                        Tokens.viewer(),
                        Map.of("basis", "TOP_N", "topN", 2),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("basis", "TOP_N", "topN", 2))
                .post("/api/v1/campaigns/{c}/commendation-lists", f.campaignId)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.branch(f.branchIds.get(0)))
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.assessor())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/commendation-lists", f.campaignId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/commendation-lists", f.campaignId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].entryCount", equalTo(2));
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/commendation-lists/{l}/objections", id)
                .then()
                .statusCode(403);
        post(
                        Tokens.admin(),
                        Map.of("basis", "TOP_N", "topN", 1),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(409)
                .body("code", equalTo("LIST_IN_PROGRESS"));
    }

    @Test
    void aNoticeStartsNoEarlierThanTodayAndRunsTheCampaignsMinimumWorkingDays() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        clock.set(LocalDate.of(2010, 6, 2));
        post(
                        Tokens.admin(),
                        Map.of("startsOn", "2010-06-01", "endsOn", "2010-06-09", "text", "公示", "version", version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("startsOn"))
                .body("fieldErrors[0].message", containsString("2010-06-02"));
        // Wednesday 2 June to Monday 7 June 2010 is four working days; five are needed by default
        post(
                        Tokens.admin(),
                        Map.of("startsOn", "2010-06-02", "endsOn", "2010-06-07", "text", "公示", "version", version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("endsOn"))
                .body("fieldErrors[0].message", containsString("2010-06-08"));
        post(
                        Tokens.admin(),
                        Map.of("startsOn", "2010-06-02", "endsOn", "2010-06-08", "text", "公示", "version", version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(200)
                .body("status", equalTo("NOTICE"));
        // the objection window is the whole period: approval waits until it is over
        post(
                        Tokens.admin(),
                        Map.of(
                                "resolutionNumber",
                                "民进吕梁市委〔2010〕9号",
                                "resolutionDate",
                                "2010-06-02",
                                "version",
                                version(id)),
                        "/api/v1/commendation-lists/{id}/approval",
                        id)
                .statusCode(409);
    }

    @Test
    void aNoticeHeldEarlierIsEnteredOnceTheCampaignIsInRecordedHistoryMode() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        clock.set(LocalDate.of(2010, 6, 20));
        Map<String, Object> notice =
                new HashMap<>(Map.of("startsOn", "2010-06-01", "endsOn", "2010-06-08", "text", "公示"));
        notice.put("version", version(id));
        post(Tokens.admin(), notice, "/api/v1/commendation-lists/{id}/notice", id)
                .statusCode(400)
                .body("fieldErrors[0].message", containsString("补录"));
        int campaignVersion = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}", f.campaignId)
                .then()
                .extract()
                .path("version");
        post(
                        Tokens.admin(),
                        Map.of("asOf", "2010-06-01", "reason", "补录纸质公示", "version", campaignVersion),
                        "/api/v1/campaigns/{c}/recorded-history",
                        f.campaignId)
                .statusCode(200);
        post(Tokens.admin(), notice, "/api/v1/commendation-lists/{id}/notice", id)
                .statusCode(200)
                .body("noticeStartsOn", equalTo("2010-06-01"));
        post(
                        Tokens.admin(),
                        Map.of(
                                "resolutionNumber",
                                "民进吕梁市委〔2010〕11号",
                                "resolutionDate",
                                "2010-06-15",
                                "version",
                                version(id)),
                        "/api/v1/commendation-lists/{id}/approval",
                        id)
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    static ValidatableResponse reopenResults(long campaignId) {
        int version = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}", campaignId)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        return post(
                Tokens.admin(),
                Map.of("version", version, "reason", "一份评分表漏计，需更正"),
                "/api/v1/campaigns/{c}/results/reopen",
                campaignId);
    }

    @Test
    void resultsAListWasDecidedFromCannotBeReopened() {
        // a draft list does not hold the results: they can be reopened for a correction
        CommendationFixture drafted = finalised();
        createList(drafted.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        reopenResults(drafted.campaignId).statusCode(200).body("resultsStatus", equalTo("OPEN"));

        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        clock.set(LocalDate.of(2010, 6, 1));
        post(
                        Tokens.admin(),
                        Map.of(
                                "startsOn",
                                "2010-06-01",
                                "endsOn",
                                "2010-06-07",
                                "text",
                                "现将拟表彰名单予以公示",
                                "version",
                                version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(200);
        clock.set(LocalDate.of(2010, 6, 8));
        post(
                        Tokens.admin(),
                        Map.of(
                                "resolutionNumber",
                                "民进吕梁市委〔2010〕9号",
                                "resolutionDate",
                                "2010-06-10",
                                "version",
                                version(id)),
                        "/api/v1/commendation-lists/{id}/approval",
                        id)
                .statusCode(200);
        reopenResults(f.campaignId)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("RESULTS_DECIDED"))
                .body("detail", containsString("民进吕梁市委〔2010〕9号"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}", f.campaignId)
                .then()
                .body("resultsStatus", equalTo("FINALISED"));
    }

    @Test
    void noticeObjectionsApprovalPublicationAndCorrection() {
        CommendationFixture f = finalised();
        long id = createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        long a = f.branchIds.get(0);
        long b = f.branchIds.get(1);
        String staffFeed = ChangeFeed.end(Tokens.admin());
        String leadersFeed = ChangeFeed.end(Tokens.viewer());
        clock.set(LocalDate.of(2010, 6, 1));
        post(Tokens.admin(), Map.of("branchId", a, "content", "太早"), "/api/v1/commendation-lists/{l}/objections", id)
                .statusCode(409)
                .body("code", equalTo("LIST_NOT_NOTICE"));
        post(
                        Tokens.admin(),
                        Map.of("startsOn", "2010-06-01", "endsOn", "2010-05-30", "text", "公示", "version", version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("endsOn"));
        post(
                        Tokens.admin(),
                        Map.of(
                                "startsOn",
                                "2010-06-01",
                                "endsOn",
                                "2010-06-07",
                                "text",
                                "现将拟表彰名单予以公示",
                                "version",
                                version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(200)
                .body("status", equalTo("NOTICE"))
                .body("noticeEndsOn", equalTo("2010-06-07"));

        long anonymous = ((Number) post(
                                Tokens.admin(),
                                Map.of("branchId", b, "content", "该支部活动记录不全"),
                                "/api/v1/commendation-lists/{l}/objections",
                                id)
                        .statusCode(201)
                        .body("raisedBy", nullValue())
                        .body("anonymous", equalTo(true))
                        .body("status", equalTo("OPEN"))
                        .body("receivedOn", equalTo("2010-06-01"))
                        .extract()
                        .path("id"))
                .longValue();
        long named = ((Number) post(
                                Tokens.admin(),
                                Map.of("branchId", a, "raisedBy", "王五", "content", "得分偏高"),
                                "/api/v1/commendation-lists/{l}/objections",
                                id)
                        .statusCode(201)
                        .body("raisedBy", equalTo("王五"))
                        .body("anonymous", equalTo(false))
                        .extract()
                        .path("id"))
                .longValue();
        post(
                        Tokens.admin(),
                        Map.of("branchId", f.branchIds.get(4), "content", "不在名单"),
                        "/api/v1/commendation-lists/{l}/objections",
                        id)
                .statusCode(400)
                .body("fieldErrors.field", hasItem("branchId"));

        Map<String, Object> approval =
                new HashMap<>(Map.of("resolutionNumber", "民进吕梁市委〔2010〕3号", "resolutionDate", "2010-06-10"));
        approval.put("version", version(id));
        post(Tokens.admin(), approval, "/api/v1/commendation-lists/{id}/approval", id)
                .statusCode(409)
                .body("code", equalTo("NOTICE_NOT_ENDED"));

        clock.set(LocalDate.of(2010, 6, 8));
        post(Tokens.admin(), Map.of("branchId", a, "content", "过期"), "/api/v1/commendation-lists/{l}/objections", id)
                .statusCode(409)
                .body("code", equalTo("NOTICE_NOT_RUNNING"));
        post(Tokens.admin(), approval, "/api/v1/commendation-lists/{id}/approval", id)
                .statusCode(409)
                .body("code", equalTo("OBJECTIONS_OPEN"))
                .body("detail", containsString("#" + anonymous))
                .body("detail", containsString("#" + named));

        resolve(id, anonymous, 0);
        post(Tokens.admin(), approval, "/api/v1/commendation-lists/{id}/approval", id)
                .statusCode(409)
                .body("code", equalTo("OBJECTIONS_OPEN"))
                .body("detail", containsString("#" + named))
                .body("detail", containsString("1 objection"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("handling", "x", "outcome", "y", "version", 5))
                .put("/api/v1/commendation-lists/{l}/objections/{o}", id, named)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        resolve(id, named, 0);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{l}/objections?status=RESOLVED", id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].raisedBy", nullValue())
                .body("items[0].outcome", equalTo("经核实，异议不成立"));

        post(Tokens.admin(), approval, "/api/v1/commendation-lists/{id}/approval", id)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("resolutionNumber", equalTo("民进吕梁市委〔2010〕3号"));
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(404);
        post(Tokens.admin(), Map.of("version", version(id)), "/api/v1/commendation-lists/{id}/publication", id)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        everyWriteIsRefused(id, named, a);
        // the change feed reports each status it reached; leaders read it once it is published
        assertEquals(
                List.of("NOTICE", "APPROVED", "PUBLISHED"),
                ChangeFeed.of(ChangeFeed.since(Tokens.admin(), staffFeed), "COMMENDATION_LIST", id, "status"));
        assertEquals(
                List.of("PUBLISHED"),
                ChangeFeed.of(ChangeFeed.since(Tokens.viewer(), leadersFeed), "COMMENDATION_LIST", id, "status"));
        given().auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(200)
                .body("entries.branchId", contains((int) a, (int) b))
                .body("adjustments.size()", equalTo(0))
                .body("openObjections", nullValue());
        given().auth()
                .oauth2(Tokens.branch(f.branchIds.get(4)))
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .statusCode(200);

        post(
                        Tokens.admin(),
                        Map.of("basis", "GRADE", "minGradeCode", "GOOD"),
                        "/api/v1/campaigns/{c}/commendation-lists",
                        f.campaignId)
                .statusCode(409)
                .body("code", equalTo("LIST_ALREADY_PUBLISHED"));
        long correction = createList(f.campaignId, Map.of("basis", "CORRECTION", "correctsId", id));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", correction)
                .then()
                .body("correctsId", equalTo((int) id))
                .body("status", equalTo("DRAFT"))
                .body("entries.branchId", contains((int) a, (int) b));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .body("correctedById", equalTo((int) correction))
                .body("status", equalTo("PUBLISHED"));
    }

    private static void resolve(long listId, long objectionId, int version) {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("handling", "调阅活动台账并约谈支部负责人", "outcome", "经核实，异议不成立", "version", version))
                .put("/api/v1/commendation-lists/{l}/objections/{o}", listId, objectionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    private static void everyWriteIsRefused(long id, long objectionId, long branchId) {
        int v = version(id);
        post(Tokens.admin(), adjust(branchId, "更正", v), "/api/v1/commendation-lists/{id}/additions", id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        post(Tokens.admin(), adjust(branchId, "更正", v), "/api/v1/commendation-lists/{id}/removals", id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        post(
                        Tokens.admin(),
                        Map.of("startsOn", "2010-07-01", "endsOn", "2010-07-07", "text", "再公示", "version", v),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        post(
                        Tokens.admin(),
                        Map.of("resolutionNumber", "X", "resolutionDate", "2010-07-01", "version", v),
                        "/api/v1/commendation-lists/{id}/approval",
                        id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        post(Tokens.admin(), Map.of("version", v), "/api/v1/commendation-lists/{id}/publication", id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        post(
                        Tokens.admin(),
                        Map.of("branchId", branchId, "content", "迟到的异议"),
                        "/api/v1/commendation-lists/{l}/objections",
                        id)
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("handling", "x", "outcome", "y", "version", 1))
                .put("/api/v1/commendation-lists/{l}/objections/{o}", id, objectionId)
                .then()
                .statusCode(409)
                .body("code", equalTo("LIST_PUBLISHED"));
    }
}
