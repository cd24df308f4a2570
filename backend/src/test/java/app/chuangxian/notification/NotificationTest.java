package app.chuangxian.notification;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.submit;
import static app.chuangxian.support.TestAccounts.chairOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The message centre: written with the change it reports, read and marked by its recipient only. */
@QuarkusTest
class NotificationTest {
    static final String MINE = "/api/v1/me/notifications";
    static final String ONE = "/api/v1/campaigns/{c}/deliverables/{id}";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aReturnReachesTheBranchWithItsReasonAndOnlyThatBranch() {
        World w = DeliverableFixture.world();
        String chairA = chairOf(w.branchA());
        String chairB = chairOf(w.branchB());
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        // a refused return (stale version) tells nobody anything
        as(Tokens.admin())
                .body(Map.of("version", 0, "reason", "缺少时间安排", "fixItems", List.of("补充时间安排")))
                .post(ONE + "/return", w.campaignId(), id)
                .then()
                .statusCode(409);
        as(chairA).get(MINE).then().statusCode(200).body("total", is(0)).body("unread", is(0));
        as(Tokens.admin())
                .body(Map.of("version", 1, "reason", "缺少时间安排", "fixItems", List.of("补充时间安排", "写明负责人")))
                .post(ONE + "/return", w.campaignId(), id)
                .then()
                .statusCode(200);
        long message = as(chairA)
                .get(MINE)
                .then()
                .statusCode(200)
                .body("unread", is(1))
                .body("items.kind", contains("DELIVERABLE_RETURNED"))
                .body("items[0].campaignId", is((int) w.campaignId()))
                .body("items[0].subjectId", is((int) id))
                .body("items[0].params.title", equalTo("实施方案"))
                .body("items[0].params.reason", equalTo("缺少时间安排"))
                .body("items[0].params.items", equalTo("2"))
                .body("items[0].readAt", nullValue())
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        // the other branch hears nothing, and cannot mark the message
        as(chairB).get(MINE).then().body("total", is(0));
        as(chairB).post(MINE + "/{id}/read", message).then().statusCode(404);
        // read once, read again: the same answer, the unread count drops
        as(chairA).post(MINE + "/{id}/read", message).then().statusCode(200).body("readAt", notNullValue());
        as(chairA).post(MINE + "/{id}/read", message).then().statusCode(200);
        as(chairA).get(MINE + "?unread=true").then().body("total", is(0)).body("unread", is(0));
        as(chairA).get(MINE).then().body("total", is(1));
    }

    @Test
    void acceptanceAssignmentsAndReadAllAreCounted() {
        World w = DeliverableFixture.world();
        String chair = chairOf(w.branchA());
        long first = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), first);
        DeliverableFixture.review(w, first, "accept");
        long second = draft(w, w.branchA(), w.record(), Map.of());
        submit(w, w.branchA(), second);
        DeliverableFixture.review(w, second, "accept");
        as(chair)
                .get(MINE + "?size=1")
                .then()
                .body("total", is(2))
                .body("unread", is(2))
                .body("items.size()", is(1))
                .body("items[0].subjectId", is((int) second));
        as(chair).post(MINE + "/read-all").then().statusCode(200).body("marked", is(2));
        as(chair).post(MINE + "/read-all").then().statusCode(200).body("marked", is(0));
        as(chair).get(MINE).then().body("unread", is(0));

        long assessor = ScoringFixture.assessor(null);
        as(Tokens.admin())
                .body(Map.of("branchId", w.branchA(), "assessorId", assessor))
                .post("/api/v1/campaigns/{c}/assignments", w.campaignId())
                .then()
                .statusCode(201);
        as(ScoringFixture.token(assessor))
                .get(MINE)
                .then()
                .body("items.kind", contains("ASSIGNMENT_MADE"))
                .body("items[0].params.count", equalTo("1"));
    }

    @Test
    void aTokenWithoutAnAccountHasNoMessages() {
        World w = DeliverableFixture.world();
        String chair = chairOf(w.branchA());
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        DeliverableFixture.review(w, id, "accept");
        as(chair).get(MINE).then().body("total", is(1));
        // the branch's message exists, but a token of no account (an API client's) reaches none of it
        String noAccount = Tokens.branch(w.branchA());
        as(noAccount).get(MINE).then().statusCode(200).body("total", is(0)).body("unread", is(0));
        as(noAccount).post(MINE + "/read-all").then().statusCode(200).body("marked", is(0));
    }
}
