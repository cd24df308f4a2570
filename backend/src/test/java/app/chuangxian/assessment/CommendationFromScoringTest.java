package app.chuangxian.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Commendation reads the scoring feature's real results: no stand-in, scoresheets in, shortlist and feedback out.
 */
@QuarkusTest
@TestProfile(CommendationFromScoringTest.RealResults.class)
class CommendationFromScoringTest {

    /** Without the hand-written results the commendation tests use elsewhere. */
    public static class RealResults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", "app.chuangxian.commendation.FakeResults");
        }
    }

    @Test
    void theShortlistAndFeedbackComeFromSubmittedScoresheets() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 3);
        long a1 = ScoringFixture.assessor(null);
        long a2 = ScoringFixture.assessor(null);
        // Totals: branch 0 = (27 + 28) / 2 = 27.5 (优秀), branch 1 = (20 + 19) / 2 = 19.5 (良好), branch 2 = 12 (no grade)
        f.submitted(f.branches.get(0), a1, "9", "9", "9");
        f.submitted(f.branches.get(0), a2, "9.5", "9.5", "9");
        f.submitted(f.branches.get(1), a1, "8", "7", "5");
        f.submitted(f.branches.get(1), a2, "7.5", "7", "4.5");
        f.submitted(f.branches.get(2), a1, "5", "5", "2");

        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("basis", "TOP_N", "topN", 2))
                .post("/api/v1/campaigns/{c}/commendation-lists", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_NOT_FINALISED"));

        f.setResultsStatus(ResultsStatus.FINALISED);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("basis", "GRADE", "minGradeCode", "GOOD"))
                .post("/api/v1/campaigns/{c}/commendation-lists", f.campaignId)
                .then()
                .statusCode(201)
                .body(
                        "entries.branchId",
                        contains(f.branches.get(0).intValue(), f.branches.get(1).intValue()))
                .body("entries[0].total", equalTo(27.5f))
                .body("entries[0].gradeName", equalTo("优秀"))
                .body("entries[1].total", equalTo(19.5f))
                .body("entries[1].gradeName", equalTo("良好"));

        given().auth()
                .oauth2(Tokens.admin())
                .post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then()
                .statusCode(200)
                .body("drafted", equalTo(3));
    }
}
