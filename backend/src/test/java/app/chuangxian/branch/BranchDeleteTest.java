package app.chuangxian.branch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.chuangxian.campaign.ProbeStub;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BranchDeleteTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBranchWithoutCampaignDataIsDeleted() {
        long id = Samples.branch();
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/branches/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/branches/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void aBranchThatTookPartKeepsItsHistory() {
        long id = Samples.branch();
        long campaign = CampaignSamples.campaign();
        CampaignSamples.participate(campaign, id);
        given().auth()
                .oauth2(Tokens.admin())
                .delete("/api/v1/branches/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("BRANCH_HAS_CAMPAIGN_DATA"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/branches/{id}/archive", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void aBranchWithDataOfAnotherFeatureKeepsItsHistory() {
        long id = Samples.branch();
        ProbeStub.BRANCHES_WITH_DATA.add(id);
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .delete("/api/v1/branches/{id}", id)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("BRANCH_HAS_CAMPAIGN_DATA"));
        } finally {
            ProbeStub.BRANCHES_WITH_DATA.remove(id);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void onlyStaffDelete() {
        long id = Samples.branch();
        for (String token : List.of(Tokens.viewer(), Tokens.assessor(), Tokens.branch(id), Tokens.auditor())) {
            given().auth()
                    .oauth2(token)
                    .delete("/api/v1/branches/{id}", id)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().delete("/api/v1/branches/{id}", id).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", id)
                .then()
                .statusCode(200);
    }
}
