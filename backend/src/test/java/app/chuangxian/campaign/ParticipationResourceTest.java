package app.chuangxian.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipationResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private static String path(long campaignId) {
        return "/api/v1/campaigns/" + campaignId + "/branches";
    }

    private static long namedBranch(String name) {
        Map<String, Object> body = Samples.branchBody();
        body.put("name", name);
        return ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/branches")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void staffAddListSearchAndRemoveParticipants() {
        long c = CampaignSamples.campaign();
        String marker = Samples.unique("参");
        long a = namedBranch("民进" + marker + "A支部");
        long b = namedBranch("民进" + marker + "B支部𠀀");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", a))
                .post(path(c))
                .then()
                .statusCode(201)
                .body("branchId", is((int) a))
                .body("branchName", equalTo("民进" + marker + "A支部"));
        CampaignSamples.participate(c, b);
        given().auth()
                .oauth2(Tokens.viewer())
                .queryParam("sort", "-name")
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.branchId", equalTo(List.of((int) b, (int) a)));
        given().auth()
                .oauth2(Tokens.viewer())
                .queryParam("q", "B支部𠀀")
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].branchId", is((int) b));
        given().auth()
                .oauth2(Tokens.viewer())
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.size()", is(1));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", c)
                .then()
                .body("participantCount", is(2));
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{branchId}", a)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{branchId}", a)
                .then()
                .statusCode(404);
        given().auth().oauth2(Tokens.admin()).get(path(c)).then().body("total", is(1));
    }

    @Test
    void joiningAndLeavingFollowTheRules() {
        long c = CampaignSamples.campaign();
        long branch = Samples.branch();
        CampaignSamples.participate(c, branch);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", branch))
                .post(path(c))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("ALREADY_PARTICIPATING"));
        long archived = Samples.branch();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/branches/{id}/archive", archived)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", archived))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("BRANCH_ARCHIVED"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", 999999999))
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", equalTo(List.of("branchId")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path(c))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("branchId"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", "LS"))
                .post(path(c))
                .then()
                .statusCode(400)
                .contentType(PROBLEM);

        // a branch with a leading group stays
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", List.of(Map.of("name", "张三", "role", "LEADER"))))
                .put(path(c) + "/{b}/leading-group", branch)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{b}", branch)
                .then()
                .statusCode(409)
                .body("code", equalTo("PARTICIPANT_HAS_DATA"));

        // once the campaign runs, a branch with campaign data elsewhere in the system stays too
        long withData = Samples.branch();
        CampaignSamples.participate(c, withData);
        CampaignSamples.phase(c, 1, "P1", "2026-01-01", "2026-02-01");
        CampaignSamples.transition(c, "activate");
        ProbeStub.BRANCHES_WITH_DATA.add(withData);
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .delete(path(c) + "/{b}", withData)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("PARTICIPANT_HAS_DATA"));
        } finally {
            ProbeStub.BRANCHES_WITH_DATA.remove(withData);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .delete(path(c) + "/{b}", withData)
                .then()
                .statusCode(204);

        CampaignSamples.transition(c, "close");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", Samples.branch()))
                .post(path(c))
                .then()
                .statusCode(409)
                .body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void aBranchAccountSeesOnlyItselfAndOnlyStaffWrite() {
        long c = CampaignSamples.campaign();
        long own = Samples.branch();
        long other = Samples.branch();
        long stranger = Samples.branch();
        CampaignSamples.participate(c, own);
        CampaignSamples.participate(c, other);
        given().auth()
                .oauth2(Tokens.branch(own))
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].branchId", is((int) own));
        given().auth()
                .oauth2(Tokens.branch(stranger))
                .get(path(c))
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.assessor())
                .get(path(c))
                .then()
                .statusCode(200)
                .body("total", is(2));
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(own), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("branchId", stranger))
                    .post(path(c))
                    .then()
                    .statusCode(403);
            given().auth().oauth2(token).delete(path(c) + "/{b}", other).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.auditor()).get(path(c)).then().statusCode(403);
        given().get(path(c)).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("sort", "secret")
                .get(path(c))
                .then()
                .statusCode(400);
    }
}
