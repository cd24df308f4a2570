package app.chuangxian.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeResourceTest {
    private static final String HOME = "/api/v1/me/home";
    private static final ZoneId COMMITTEE = ZoneId.of("Asia/Shanghai");

    private static JsonPath get(String token, String path, Object... params) {
        return given().auth()
                .oauth2(token)
                .get(path, params)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void eachPartIsWhatItsOwnOperationAnswers() {
        World w = DeliverableFixture.world();
        long own = DeliverableFixture.draft(w, w.branchA(), w.plan(), DeliverableFixture.planFields());
        DeliverableFixture.draft(w, w.branchB(), w.plan(), DeliverableFixture.planFields());
        String token = Tokens.branch(w.branchA());
        String campaign = "/api/v1/campaigns/" + w.campaignId();

        LocalDate before = LocalDate.now(COMMITTEE);
        JsonPath home = get(token, HOME);
        LocalDate after = LocalDate.now(COMMITTEE);

        LocalDate today = LocalDate.parse(home.getString("today"));
        assertTrue(today.equals(before) || today.equals(after), "today is the committee's day, not " + today);
        assertEquals(w.branchA(), home.getLong("branch.id"));
        assertEquals(get(token, "/api/v1/branches/{id}", w.branchA()).getMap(""), home.getMap("branch"));
        assertEquals(w.campaignId(), home.getLong("campaign.id"));
        assertEquals(
                get(token, "/api/v1/campaigns?status=ACTIVE&sort=-year&size=1").getMap("items[0]"),
                home.getMap("campaign"));
        assertEquals(get(token, campaign + "/phases?sort=seq&size=100").getList("items"), home.getList("phases"));
        assertEquals(List.of("MOBILISE", "IMPLEMENT"), home.getList("phases.code"));
        assertEquals(
                get(token, campaign + "/deliverable-types?sort=seq&size=100").getList("items"),
                home.getList("deliverableTypes"));
        assertEquals(3, home.getList("deliverableTypes").size());
        assertEquals(
                get(token, campaign + "/deliverables?sort=-updatedAt&size=100").getMap(""),
                home.getMap("deliverables"));
        assertEquals(
                List.of(own), home.getList("deliverables.items.id", Long.class), "only the branch's own deliverables");
        assertEquals(
                get(token, campaign + "/branches/{b}/leading-group", w.branchA())
                        .getMap(""),
                home.getMap("leadingGroup"));
        assertNull(home.get("selfAssessment"), "no self-assessment before its first save");
    }

    @Test
    void aBranchInNoRunningCampaignGetsItsBranchAndNothingDue() {
        World w = DeliverableFixture.world();
        given().auth()
                .oauth2(Tokens.branch(w.outsider()))
                .get(HOME)
                .then()
                .statusCode(200)
                .body("branch.id", is((int) w.outsider()))
                .body("campaign", nullValue())
                .body("phases.size()", is(0))
                .body("deliverableTypes.size()", is(0))
                .body("deliverables", nullValue())
                .body("selfAssessment", nullValue())
                .body("leadingGroup", nullValue());
    }

    @Test
    void aCampaignEnteredAsOfAPastDayIsJudgedOnThatDay() {
        World w = DeliverableFixture.world();
        LocalDate asOf = LocalDate.of(2009, 6, 15);
        QuarkusTransaction.requiringNew().run(() -> {
            Campaign c = Campaign.findById(w.campaignId());
            c.recordedAsOf = asOf;
        });
        given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .get(HOME)
                .then()
                .statusCode(200)
                .body("today", equalTo(asOf.toString()))
                .body("campaign.recordedAsOf", equalTo(asOf.toString()));
    }

    @Test
    void onlyBranchAccountsHaveAHome() {
        for (String token : List.of(Tokens.admin(), Tokens.viewer(), Tokens.assessor(), Tokens.auditor())) {
            given().auth().oauth2(token).get(HOME).then().statusCode(403);
        }
        given().get(HOME).then().statusCode(401).contentType("application/problem+json");
    }
}
