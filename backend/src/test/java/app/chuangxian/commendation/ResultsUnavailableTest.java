package app.chuangxian.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As in production before the scoring feature provides results: the application starts and answers 409. */
@QuarkusTest
@TestProfile(ResultsUnavailableTest.NoResultsSource.class)
class ResultsUnavailableTest {

    public static class NoResultsSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", FakeResults.class.getName());
        }
    }

    @Test
    void everyResultsBasedStepIs409() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.FINALISED, 1);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("basis", "TOP_N", "topN", 1))
                .post("/api/v1/campaigns/{c}/commendation-lists", f.campaignId).then().statusCode(409)
                .body("code", equalTo("RESULTS_NOT_AVAILABLE")).body("detail", equalTo("Results are not available"));
        given().auth().oauth2(Tokens.admin()).post("/api/v1/campaigns/{c}/feedback-reports/drafts", f.campaignId)
                .then().statusCode(409).body("code", equalTo("RESULTS_NOT_AVAILABLE"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/exports/campaigns/{c}/score-sheet.xlsx", f.campaignId)
                .then().statusCode(409).body("code", equalTo("RESULTS_NOT_AVAILABLE"));
    }
}
