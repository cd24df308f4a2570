package app.chuangxian.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadingGroupResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/campaigns/{c}/branches/{b}/leading-group";

    private static Map<String, Object> member(String name, String role, String phone) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("role", role);
        m.put("position", "LEADER".equals(role) ? "支部主委" : "班子成员");
        m.put("responsibility", "全面负责创建活动");
        m.put("phone", phone);
        return m;
    }

    private static List<Map<String, Object>> group() {
        return List.of(
                member("王建华𠀀", "LEADER", "13803581037"),
                member("李明远", "DEPUTY", "13903582000"),
                member("赵丽华", "MEMBER", null));
    }

    @Test
    void staffReplaceAGroupAndEveryoneButStaffSeesMaskedPhones() {
        long c = CampaignSamples.campaign();
        long b = Samples.branch();
        CampaignSamples.participate(c, b);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH, c, b)
                .then()
                .statusCode(200)
                .body("members.size()", is(0))
                .body("version", is(0))
                .body("branchId", is((int) b));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", group()))
                .put(PATH, c, b)
                .then()
                .statusCode(200)
                .body("version", is(1))
                .body("members.name", equalTo(List.of("王建华𠀀", "李明远", "赵丽华")))
                .body("members.role", equalTo(List.of("LEADER", "DEPUTY", "MEMBER")))
                .body("members[0].phone", equalTo("13803581037"));
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(b))) {
            given().auth()
                    .oauth2(token)
                    .get(PATH, c, b)
                    .then()
                    .statusCode(200)
                    .body("members[0].phone", equalTo("138****1037"))
                    .body("members[0].responsibility", equalTo("全面负责创建活动"));
        }
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", List.of()))
                .put(PATH, c, b)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("STALE_VERSION"));
        given().auth().oauth2(Tokens.admin()).get(PATH, c, b).then().body("members.size()", is(3));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1, "members", List.of()))
                .put(PATH, c, b)
                .then()
                .statusCode(200)
                .body("members.size()", is(0))
                .body("version", is(2));
    }

    @Test
    void aBranchEditsItsOwnGroupAndMaskedPhonesKeepTheStoredNumber() {
        long c = CampaignSamples.campaign();
        long own = Samples.branch();
        CampaignSamples.participate(c, own);
        given().auth()
                .oauth2(Tokens.branch(own))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", group()))
                .put(PATH, c, own)
                .then()
                .statusCode(200)
                .body("members[0].phone", equalTo("138****1037"));
        // the branch sends back what it read, masked, with one more member
        List<Map<String, Object>> edited = new java.util.ArrayList<>(List.of(
                member("王建华𠀀", "LEADER", "138****1037"),
                member("李明远", "DEPUTY", "139****2000"),
                member("孙志刚", "MEMBER", "13512345678")));
        given().auth()
                .oauth2(Tokens.branch(own))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1, "members", edited))
                .put(PATH, c, own)
                .then()
                .statusCode(200)
                .body("version", is(2));
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH, c, own)
                .then()
                .body("members.phone", equalTo(List.of("13803581037", "13903582000", "13512345678")));
        edited.set(2, member("孙志刚", "MEMBER", "135****0000"));
        given().auth()
                .oauth2(Tokens.branch(own))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 2, "members", edited))
                .put(PATH, c, own)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("members[2].phone")));
    }

    @Test
    void exactlyOneLeaderAndValidMembers() {
        long c = CampaignSamples.campaign();
        long b = Samples.branch();
        CampaignSamples.participate(c, b);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "version", 0, "members", List.of(member("甲", "MEMBER", null), member("乙", "DEPUTY", null))))
                .put(PATH, c, b)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", equalTo(List.of("members")))
                .body("fieldErrors[0].message", containsString("LEADER"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "version", 0, "members", List.of(member("甲", "LEADER", null), member("乙", "LEADER", null))))
                .put(PATH, c, b)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("members")));
        Map<String, Object> bad = member("", "CHIEF", "call me");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", List.of(bad)))
                .put(PATH, c, b)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> blank = member("", "LEADER", "call me");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", List.of(blank)))
                .put(PATH, c, b)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItems("members[0].name", "members[0].phone"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("members", group()))
                .put(PATH, c, b)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("version")));
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH, c, b)
                .then()
                .body("version", is(0))
                .body("members.size()", is(0));
    }

    @Test
    void otherBranchesGroupsAre404AndClosedCampaignsRefuseChanges() {
        long c = CampaignSamples.campaign();
        long own = Samples.branch();
        long other = Samples.branch();
        long outsider = Samples.branch();
        CampaignSamples.participate(c, own);
        CampaignSamples.participate(c, other);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(PATH, c, other)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.branch(own))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", group()))
                .put(PATH, c, other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.branch(outsider))
                .get(PATH, c, outsider)
                .then()
                .statusCode(404);
        given().auth().oauth2(Tokens.admin()).get(PATH, c, outsider).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get(PATH, 999999999, own).then().statusCode(404);

        long closed = CampaignSamples.campaign();
        CampaignSamples.participate(closed, own);
        CampaignSamples.phase(closed, 1, "P1", "2026-01-01", "2026-02-01");
        CampaignSamples.transition(closed, "activate");
        CampaignSamples.transition(closed, "close");
        given().auth()
                .oauth2(Tokens.branch(own))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", group()))
                .put(PATH, closed, own)
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
        given().auth().oauth2(Tokens.branch(own)).get(PATH, closed, own).then().statusCode(200);
    }

    @Test
    void readersCannotWriteAndAnonymousCallersAreTurnedAway() {
        long c = CampaignSamples.campaign();
        long b = Samples.branch();
        CampaignSamples.participate(c, b);
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "members", group()))
                    .put(PATH, c, b)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.auditor()).get(PATH, c, b).then().statusCode(403);
        given().get(PATH, c, b).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", group()))
                .put(PATH, c, b)
                .then()
                .statusCode(401);
    }
}
