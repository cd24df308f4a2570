package app.chuangxian.recommendation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Phase;
import app.chuangxian.commendation.CommendationEntry;
import app.chuangxian.commendation.CommendationList;
import app.chuangxian.commendation.ListStatus;
import app.chuangxian.commendation.ShortlistBasis;
import app.chuangxian.deliverable.Deliverable;
import app.chuangxian.deliverable.DeliverableStatus;
import app.chuangxian.organisation.OrganisationTreeTest;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.ChangeFeed;
import app.chuangxian.support.FixedClock;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recommendations up the chain: the centre launches, a province and its city adopt; the city recommends a branch of
 * its published commendation list within the province's quota, the province reviews, announces and recommends up
 * within the centre's quota, and the centre decides; the decision reaches every level and the branch.
 */
@QuarkusTest
class RecommendationChainTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    @Inject
    FixedClock clock;

    @AfterEach
    void realTime() {
        clock.set(null);
    }

    record Chain(
            long province,
            long city,
            long sibling,
            long centreCampaign,
            long provinceCampaign,
            long cityCampaign,
            long commended,
            long alsoCommended,
            long notCommended,
            long siblingBranch,
            String centreAdmin,
            String provinceAdmin,
            String cityAdmin,
            String siblingAdmin) {}

    static RequestSpecification as(String token) {
        return OrganisationTreeTest.as(token);
    }

    /** Centre → province → city, each campaign adopting the one above; the city's list names two of its branches. */
    static Chain chain() {
        OrganisationTreeTest.nationalRoot();
        long province = OrganisationTreeTest.create(Tokens.admin(), 1, "PROVINCE", "推荐省");
        long city = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "推荐市");
        long sibling = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "兄弟市");
        String centreAdmin = OrganisationTreeTest.staffOf(1, "ADMIN");
        String provinceAdmin = OrganisationTreeTest.staffOf(province, "ADMIN");
        String cityAdmin = OrganisationTreeTest.staffOf(city, "ADMIN");
        long centreCampaign = OrganisationTreeTest.campaignOf(1);
        CampaignSamples.phase(centreCampaign, 1, "MOBILISATION", "2026-03-01", "2026-12-31");
        CampaignSamples.standard(centreCampaign, "STUDY", 10);
        CampaignSamples.transition(centreCampaign, "activate");
        long provinceCampaign = adopt(provinceAdmin, centreCampaign);
        long cityCampaign = adopt(cityAdmin, provinceCampaign);
        long commended = OrganisationTreeTest.branchIn(city);
        long alsoCommended = OrganisationTreeTest.branchIn(city);
        long notCommended = OrganisationTreeTest.branchIn(city);
        long siblingBranch = OrganisationTreeTest.branchIn(sibling);
        published(cityCampaign, commended, alsoCommended);
        return new Chain(
                province,
                city,
                sibling,
                centreCampaign,
                provinceCampaign,
                cityCampaign,
                commended,
                alsoCommended,
                notCommended,
                siblingBranch,
                centreAdmin,
                provinceAdmin,
                cityAdmin,
                OrganisationTreeTest.staffOf(sibling, "ADMIN"));
    }

    static long adopt(String admin, long parent) {
        long plan = ((Number) as(admin)
                        .body(Map.of("title", "实施方案", "documentNumber", "进字【2026】1号"))
                        .post("/api/v1/campaigns/{id}/adoptions", parent)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        CampaignSamples.transition(plan, "activate");
        return plan;
    }

    /** The city's commendation list, published, naming the branches (which took part). */
    static void published(long campaignId, long... branches) {
        QuarkusTransaction.requiringNew().run(() -> {
            CommendationList list = new CommendationList();
            list.campaignId = campaignId;
            list.basis = ShortlistBasis.TOP_N;
            list.topN = branches.length;
            list.status = ListStatus.PUBLISHED;
            list.createdBy = "fixture";
            list.persist();
            int rank = 1;
            for (long b : branches) {
                Participation p = new Participation();
                p.campaignId = campaignId;
                p.branchId = b;
                p.persist();
                CommendationEntry e = new CommendationEntry();
                e.listId = list.id;
                e.branchId = b;
                e.branchName = "支部" + b;
                e.rank = rank;
                e.position = rank++;
                e.total = BigDecimal.valueOf(95);
                e.eligible = true;
                e.origin = CommendationEntry.FROM_RESULTS;
                e.persist();
            }
        });
    }

    /** An accepted deliverable (活动总结) of the branch in the campaign, and one still submitted. */
    static long[] deliverables(long campaignId, long branchId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Phase phase = Phase.<Phase>find("campaignId", campaignId).firstResult();
            DeliverableType type = new DeliverableType();
            type.campaignId = campaignId;
            type.phaseId = phase.id;
            type.seq = 1;
            type.code = Samples.unique("SUM");
            type.name = "活动总结";
            type.persist();
            long[] ids = new long[2];
            for (int i = 0; i < 2; i++) {
                Deliverable d = new Deliverable();
                d.campaignId = campaignId;
                d.phaseId = phase.id;
                d.typeId = type.id;
                d.branchId = branchId;
                d.title = "年度活动总结" + i;
                d.status = i == 0 ? DeliverableStatus.ACCEPTED : DeliverableStatus.SUBMITTED;
                d.createdBy = "fixture";
                d.persist();
                ids[i] = d.id;
            }
            return ids;
        });
    }

    static Map<String, Object> quota(int grassroots, int local, String dueOn, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("grassroots", grassroots);
        body.put("local", local);
        body.put("dueOn", dueOn);
        body.put("version", version);
        return body;
    }

    static final String RECOMMEND = "/api/v1/campaigns/{id}/recommendations";

    /** A recommendation from the campaign that is refused with a 409 of the code. */
    static void refused(String admin, long campaignId, Object body, String code) {
        as(admin).body(body).post(RECOMMEND, campaignId).then().statusCode(409).body("code", is(code));
    }

    /** The campaign's organisation allots a child organisation its quota. */
    static void allot(String admin, long campaignId, long organisationId, Map<String, Object> quota) {
        as(admin)
                .body(quota)
                .put("/api/v1/campaigns/{c}/quotas/{o}", campaignId, organisationId)
                .then()
                .statusCode(200);
    }

    static Map<String, Object> branch(long branchId) {
        return Map.of("title", "GRASSROOTS", "branchId", branchId, "dossier", "学习扎实，团结有力，活动经常，作用明显。");
    }

    static int recommend(String admin, long campaignId, long branchId) {
        return as(admin)
                .body(branch(branchId))
                .post("/api/v1/campaigns/{id}/recommendations", campaignId)
                .then()
                .statusCode(201)
                .body("status", is("SUBMITTED"))
                .extract()
                .path("id");
    }

    static Map<String, Object> review(String decision, String note, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("note", note);
        body.put("version", version);
        return body;
    }

    static int version(String admin, int recommendationId) {
        return as(admin)
                .get("/api/v1/recommendations/{id}", recommendationId)
                .then()
                .statusCode(200)
                .extract()
                .path("recommendation.version");
    }

    /** The level announces what it accepted, the notice runs its days, and the level closes it (deciding, at the top). */
    void announceAndClose(String admin, long campaignId, String decisionNumber) {
        clock.set(MONDAY);
        as(admin)
                .body(Map.of("startsOn", "2026-06-01", "endsOn", "2026-06-05", "text", "拟推荐名单公示"))
                .post("/api/v1/campaigns/{id}/recommendation-round/notice", campaignId)
                .then()
                .statusCode(200)
                .body("status", is("NOTICE"));
        clock.set(MONDAY.plusDays(7));
        int version = as(admin)
                .get("/api/v1/campaigns/{id}/recommendation-round", campaignId)
                .then()
                .extract()
                .path("noticeVersion");
        Map<String, Object> close = new HashMap<>();
        close.put("version", version);
        close.put("decisionNumber", decisionNumber);
        close.put("decisionDate", decisionNumber == null ? null : "2026-06-09");
        as(admin)
                .body(close)
                .post("/api/v1/campaigns/{id}/recommendation-round/close", campaignId)
                .then()
                .statusCode(200)
                .body("status", is("CLOSED"));
    }

    @Test
    void aBranchIsRecommendedLevelByLevelUpToTheNationalDecision() {
        Chain c = chain();
        String cityFeed = ChangeFeed.end(c.cityAdmin());
        String provinceFeed = ChangeFeed.end(c.provinceAdmin());
        // quotas from above, for the organisations right below
        as(c.centreAdmin())
                .body(quota(1, 0, "2026-12-31", null))
                .put("/api/v1/campaigns/{c}/quotas/{o}", c.centreCampaign(), c.province())
                .then()
                .statusCode(200)
                .body("grassroots", is(1))
                .body("version", is(0));
        allot(c.provinceAdmin(), c.provinceCampaign(), c.city(), quota(1, 0, "2026-12-31", null));
        as(c.provinceAdmin())
                .get("/api/v1/campaigns/{c}/quotas", c.provinceCampaign())
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.find { it.organisation.id == " + c.city() + " }.grassroots", is(1))
                .body("items.find { it.organisation.id == " + c.sibling() + " }.grassroots", nullValue());

        // the city recommends its commended branch; the province returns it for a fix, then accepts it
        int fromCity = recommend(c.cityAdmin(), c.cityCampaign(), c.commended());
        as(c.provinceAdmin())
                .get("/api/v1/me/todos")
                .then()
                .body(
                        "items.find { it.kind == 'RECOMMENDATION_TO_REVIEW' && it.campaignId == " + c.provinceCampaign()
                                + " }.count",
                        is(1));
        as(c.provinceAdmin())
                .body(review("RETURN", null, 0))
                .post("/api/v1/recommendations/{id}/review", fromCity)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("note"));
        as(c.provinceAdmin())
                .body(review("RETURN", "请补充参政议政成果", 0))
                .post("/api/v1/recommendations/{id}/review", fromCity)
                .then()
                .statusCode(200)
                .body("status", is("RETURNED"));
        as(c.cityAdmin())
                .get("/api/v1/campaigns/{id}/recommendations?direction=SENT", c.cityCampaign())
                .then()
                .body("items[0].reviewNote", is("请补充参政议政成果"))
                .body("items[0].status", is("RETURNED"));
        as(c.cityAdmin())
                .get("/api/v1/me/todos")
                .then()
                .body(
                        "items.find { it.kind == 'RECOMMENDATION_RETURNED' && it.campaignId == " + c.cityCampaign()
                                + " }.dueOn",
                        is("2026-12-31"));
        // the dossier links the branch's accepted deliverables as evidence; one not accepted is refused
        long[] handedIn = deliverables(c.cityCampaign(), c.commended());
        as(c.cityAdmin())
                .body(Map.of("dossier", "补充", "evidence", List.of(handedIn[1]), "version", 1))
                .put("/api/v1/recommendations/{id}", fromCity)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("evidence"));
        as(c.cityAdmin())
                .body(Map.of("dossier", "补充：报送社情民意信息12篇。", "evidence", List.of(handedIn[0]), "version", 1))
                .put("/api/v1/recommendations/{id}", fromCity)
                .then()
                .statusCode(200)
                .body("status", is("SUBMITTED"))
                .body("evidence[0].id", is((int) handedIn[0]))
                .body("evidence[0].typeName", is("活动总结"));
        as(c.provinceAdmin())
                .body(review("ACCEPT", null, 2))
                .post("/api/v1/recommendations/{id}/review", fromCity)
                .then()
                .statusCode(200)
                .body("status", is("ACCEPTED"));

        // the branch does not see it while the levels above are still at work
        as(Tokens.branch(c.commended()))
                .get("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                .then()
                .statusCode(200)
                .body("total", is(0));
        as(Tokens.branch(c.commended()))
                .get("/api/v1/recommendations/{id}", fromCity)
                .then()
                .statusCode(404);

        // the province cannot carry it up before its own notice closed
        refused(c.provinceAdmin(), c.provinceCampaign(), branch(c.commended()), "NOT_COMMENDED_HERE");
        announceAndClose(c.provinceAdmin(), c.provinceCampaign(), null);
        int fromProvince = recommend(c.provinceAdmin(), c.provinceCampaign(), c.commended());
        as(c.centreAdmin())
                .get("/api/v1/recommendations/{id}", fromProvince)
                .then()
                .statusCode(200)
                .body("recommendation.originId", is(fromCity))
                .body("recommendation.commendedInCampaignId", is((int) c.cityCampaign()))
                .body("chain.id", contains(fromCity, fromProvince))
                .body("recommendation.evidence.id", contains((int) handedIn[0]));
        as(c.centreAdmin())
                .body(review("ACCEPT", null, 0))
                .post("/api/v1/recommendations/{id}/review", fromProvince)
                .then()
                .statusCode(200);
        announceAndClose(c.centreAdmin(), c.centreCampaign(), "民进中央〔2026〕12号");

        // the decision is read at every level and by the branch itself
        as(c.centreAdmin())
                .get("/api/v1/campaigns/{id}/recommendation-round", c.centreCampaign())
                .then()
                .body("top", is(true))
                .body("commended", is(1))
                .body("decisionNumber", is("民进中央〔2026〕12号"));
        as(c.cityAdmin())
                .get("/api/v1/campaigns/{id}/recommendations?direction=SENT", c.cityCampaign())
                .then()
                .body("items[0].status", is("COMMENDED"))
                .body("items[0].decisionNumber", is("民进中央〔2026〕12号"));
        as(Tokens.branch(c.commended()))
                .get("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].status", is("COMMENDED"))
                .body("items[0].decisionDate", is("2026-06-09"));
        // the city's administrators were told of the return and of the decision
        as(c.cityAdmin())
                .get("/api/v1/me/notifications")
                .then()
                .body("items.kind", contains("RECOMMENDATION_DECIDED", "RECOMMENDATION_RETURNED"))
                .body("items[0].params.outcome", is("COMMENDED"))
                .body("items[1].params.reason", is("请补充参政议政成果"));
        // the city sees its own hop of the chain, not the centre's review
        as(c.cityAdmin())
                .get("/api/v1/recommendations/{id}", fromCity)
                .then()
                .statusCode(200)
                .body("chain.id", contains(fromCity));
        // the change feed reports every move: the city its own recommendation, the province both hops
        List<Map<String, Object>> city = ChangeFeed.since(c.cityAdmin(), cityFeed);
        assertEquals(
                List.of("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED", "COMMENDED"),
                ChangeFeed.of(city, "RECOMMENDATION", fromCity, "status"));
        assertEquals(
                List.of("CREATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED"),
                ChangeFeed.of(city, "RECOMMENDATION", fromCity, "operation"));
        assertEquals(List.of(), ChangeFeed.of(city, "RECOMMENDATION", fromProvince, "status"));
        List<Map<String, Object>> province = ChangeFeed.since(c.provinceAdmin(), provinceFeed);
        assertEquals(
                List.of("SUBMITTED", "ACCEPTED", "COMMENDED"),
                ChangeFeed.of(province, "RECOMMENDATION", fromProvince, "status"));
        assertEquals(
                List.of(String.valueOf(c.centreCampaign())),
                ChangeFeed.of(province, "RECOMMENDATION", fromProvince, "campaignId").stream()
                        .distinct()
                        .toList());
    }

    @Test
    void whatIsBeyondQuotaOutsideTheSubtreeLateOrNotCommendedIsRefused() {
        Chain c = chain();
        // no quota yet
        refused(c.cityAdmin(), c.cityCampaign(), branch(c.commended()), "NO_QUOTA");
        allot(c.provinceAdmin(), c.provinceCampaign(), c.city(), quota(1, 0, "2026-12-31", null));
        // a second first-time quota is stale, a quota for the province itself is not a child's
        as(c.provinceAdmin())
                .body(quota(2, 0, "2026-12-31", null))
                .put("/api/v1/campaigns/{c}/quotas/{o}", c.provinceCampaign(), c.city())
                .then()
                .statusCode(409)
                .body("code", is("STALE_VERSION"));
        as(c.provinceAdmin())
                .body(quota(2, 0, "2026-12-31", null))
                .put("/api/v1/campaigns/{c}/quotas/{o}", c.provinceCampaign(), c.province())
                .then()
                .statusCode(409)
                .body("code", is("NOT_A_CHILD"));
        // a branch of the sibling city is outside the recommender's subtree; one not on the list is not commended
        as(c.cityAdmin())
                .body(branch(c.siblingBranch()))
                .post("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("branchId"));
        refused(c.cityAdmin(), c.cityCampaign(), branch(c.notCommended()), "NOT_COMMENDED_HERE");
        as(c.cityAdmin())
                .body(Map.of("title", "LOCAL", "organisationId", c.sibling(), "dossier", "x"))
                .post("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("organisationId"));
        // the centre's campaign adopts none: nowhere to recommend to
        refused(c.centreAdmin(), c.centreCampaign(), branch(c.commended()), "NO_PARENT_CAMPAIGN");

        // the quota of one is used by the first; the second is beyond it, and the same branch twice is refused
        int first = recommend(c.cityAdmin(), c.cityCampaign(), c.commended());
        as(c.cityAdmin())
                .body(branch(c.alsoCommended()))
                .post("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                .then()
                .statusCode(409)
                .body("code", is("QUOTA_EXCEEDED"))
                .body("detail", containsString("1/1"));
        // the quota cannot drop below what is used
        as(c.provinceAdmin())
                .body(quota(0, 0, "2026-12-31", 0))
                .put("/api/v1/campaigns/{c}/quotas/{o}", c.provinceCampaign(), c.city())
                .then()
                .statusCode(409)
                .body("code", is("QUOTA_IN_USE"));
        // withdrawn, its place is free again
        as(c.cityAdmin()).delete("/api/v1/recommendations/{id}", first).then().statusCode(204);
        int second = recommend(c.cityAdmin(), c.cityCampaign(), c.alsoCommended());

        // the sibling city and its staff see none of it
        as(c.siblingAdmin()).get("/api/v1/recommendations/{id}", second).then().statusCode(404);
        as(c.siblingAdmin())
                .get("/api/v1/campaigns/{id}/recommendations?direction=SENT", c.cityCampaign())
                .then()
                .statusCode(404);
        as(c.siblingAdmin())
                .body(review("ACCEPT", null, 0))
                .post("/api/v1/recommendations/{id}/review", second)
                .then()
                .statusCode(404);
        // the recommender cannot review its own recommendation
        as(c.cityAdmin())
                .body(review("ACCEPT", null, 0))
                .post("/api/v1/recommendations/{id}/review", second)
                .then()
                .statusCode(404);

        // past the deadline nothing more is recommended
        as(c.cityAdmin()).delete("/api/v1/recommendations/{id}", second).then().statusCode(204);
        clock.set(LocalDate.of(2027, 1, 1));
        refused(c.cityAdmin(), c.cityCampaign(), branch(c.commended()), "RECOMMENDATION_DEADLINE_PASSED");
    }

    @Test
    void anObjectionUpheldDuringTheNoticeTakesTheRecommendationOff() {
        Chain c = chain();
        allot(c.provinceAdmin(), c.provinceCampaign(), c.city(), quota(2, 0, "2026-12-31", null));
        int id = recommend(c.cityAdmin(), c.cityCampaign(), c.commended());
        // nothing accepted yet: nothing to announce
        clock.set(MONDAY);
        Map<String, Object> notice = Map.of("startsOn", "2026-06-01", "endsOn", "2026-06-05", "text", "公示");
        as(c.provinceAdmin())
                .body(notice)
                .post("/api/v1/campaigns/{id}/recommendation-round/notice", c.provinceCampaign())
                .then()
                .statusCode(409)
                .body("code", is("RECOMMENDATIONS_PENDING"));
        as(c.provinceAdmin())
                .body(review("ACCEPT", null, 0))
                .post("/api/v1/recommendations/{id}/review", id)
                .then()
                .statusCode(200);
        as(c.provinceAdmin())
                .body(Map.of("startsOn", "2026-06-01", "endsOn", "2026-06-03", "text", "公示"))
                .post("/api/v1/campaigns/{id}/recommendation-round/notice", c.provinceCampaign())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("endsOn"));
        as(c.provinceAdmin())
                .body(notice)
                .post("/api/v1/campaigns/{id}/recommendation-round/notice", c.provinceCampaign())
                .then()
                .statusCode(200);
        // recommendations into it are over once it is announced
        refused(c.cityAdmin(), c.cityCampaign(), branch(c.alsoCommended()), "RECOMMENDATIONS_CLOSED");
        int objection = as(c.provinceAdmin())
                .body(Map.of("content", "该支部年度活动记录不实"))
                .post("/api/v1/recommendations/{id}/objections", id)
                .then()
                .statusCode(201)
                .body("raisedBy", nullValue())
                .body("status", is("OPEN"))
                .extract()
                .path("id");
        clock.set(MONDAY.plusDays(7));
        int noticeVersion = as(c.provinceAdmin())
                .get("/api/v1/campaigns/{id}/recommendation-round", c.provinceCampaign())
                .then()
                .extract()
                .path("noticeVersion");
        as(c.provinceAdmin())
                .body(Map.of("version", noticeVersion))
                .post("/api/v1/campaigns/{id}/recommendation-round/close", c.provinceCampaign())
                .then()
                .statusCode(409)
                .body("code", is("OBJECTIONS_OPEN"));
        as(c.provinceAdmin())
                .body(Map.of("handling", "经核查属实", "outcome", "取消推荐", "upheld", true, "version", 0))
                .put("/api/v1/recommendations/{id}/objections/{o}", id, objection)
                .then()
                .statusCode(200)
                .body("upheld", is(true));
        as(c.provinceAdmin())
                .get("/api/v1/recommendations/{id}", id)
                .then()
                .body("recommendation.status", is("REJECTED"))
                .body("objections[0].status", is("RESOLVED"));
        as(c.provinceAdmin())
                .body(Map.of("version", noticeVersion))
                .post("/api/v1/campaigns/{id}/recommendation-round/close", c.provinceCampaign())
                .then()
                .statusCode(200)
                .body("rejected", is(1));
        // rejected, it cannot be carried up
        refused(c.provinceAdmin(), c.provinceCampaign(), branch(c.commended()), "NOT_COMMENDED_HERE");
    }

    @Test
    void parallelRecommendationsStayWithinTheQuota() {
        Chain c = chain();
        allot(c.provinceAdmin(), c.provinceCampaign(), c.city(), quota(1, 0, "2026-12-31", null));
        List<Integer> statuses = Parallel.run(
                6,
                i -> as(c.cityAdmin())
                        .body(branch(i % 2 == 0 ? c.commended() : c.alsoCommended()))
                        .post("/api/v1/campaigns/{id}/recommendations", c.cityCampaign())
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(c.provinceAdmin())
                .get("/api/v1/campaigns/{c}/quotas", c.provinceCampaign())
                .then()
                .body("items.find { it.organisation.id == " + c.city() + " }.grassrootsUsed", is(1));
        // the province's roll-up shows each city's places against what it recommended
        as(c.provinceAdmin())
                .get("/api/v1/organisations/{id}/rollup", c.province())
                .then()
                .statusCode(200)
                .body("items.find { it.organisation.id == " + c.city() + " }.quota", is(1))
                .body("items.find { it.organisation.id == " + c.city() + " }.recommended", is(1))
                .body("items.find { it.organisation.id == " + c.sibling() + " }.quota", is(0));
    }
}
