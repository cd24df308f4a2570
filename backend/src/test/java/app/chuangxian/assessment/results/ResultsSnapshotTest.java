package app.chuangxian.assessment.results;

import static app.chuangxian.assessment.Api.as;
import static app.chuangxian.assessment.Api.dec;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.audit.AuditEvent;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finalising stores the ranking; every reader gets the stored figures; only an audited reopen lets them move. */
@QuarkusTest
class ResultsSnapshotTest {
    private static final String RESULTS = "/api/v1/campaigns/{c}/results";

    /** Three sheets 6+6+6, 9+9+9, 8+8+8 (totals 18, 27, 24): MEAN 23.00, MEDIAN 24.00. */
    private static ScoringFixture scored() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "20", 1);
        long branch = f.branches.get(0);
        f.submitted(branch, ScoringFixture.assessor(null), "6", "6", "6");
        f.submitted(branch, ScoringFixture.assessor(null), "9", "9", "9");
        f.submitted(branch, ScoringFixture.assessor(null), "8", "8", "8");
        return f;
    }

    private static JsonPath campaign(long id) {
        return as(Tokens.admin())
                .get("/api/v1/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> update(JsonPath c, String method) {
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {
            "title",
            "year",
            "basisDocuments",
            "guidingIdeology",
            "goals",
            "disagreementThreshold",
            "noticeMinWorkingDays",
            "reminderDays",
            "version"
        }) {
            body.put(field, c.get(field));
        }
        body.put("aggregationMethod", method);
        return body;
    }

    @Test
    void finalisedResultsDoNotMoveAndResultSettingsAreRefusedInWords() {
        ScoringFixture f = scored();
        long branch = f.branches.get(0);
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(RESULTS + "/finalise", f.campaignId)
                .then()
                .statusCode(200)
                .body("resultsStatus", equalTo("FINALISED"));
        as(Tokens.admin()).get(RESULTS, f.campaignId).then().statusCode(200).body("items[0].total", dec("23.00"));

        as(Tokens.admin())
                .body(update(campaign(f.campaignId), "MEDIAN"))
                .put("/api/v1/campaigns/{id}", f.campaignId)
                .then()
                .statusCode(409)
                .contentType(Api.PROBLEM)
                .body("code", equalTo("RESULTS_FINALISED"))
                .body("detail", containsString("结果已定稿，不能更改汇总方法"))
                .body("detail", containsString("cannot change the aggregation method"));
        Map<String, Object> texts = update(campaign(f.campaignId), "MEAN");
        texts.put("goals", "更正后的目标要求");
        as(Tokens.admin())
                .body(texts)
                .put("/api/v1/campaigns/{id}", f.campaignId)
                .then()
                .statusCode(200)
                .body("goals", equalTo("更正后的目标要求"));

        // even a setting changed behind the API's back moves nothing: the readers read the stored ranking
        QuarkusTransaction.requiringNew()
                .run(() -> Campaign.<Campaign>findById(f.campaignId).aggregationMethod = AggregationMethod.MEDIAN);
        as(Tokens.admin()).get(RESULTS, f.campaignId).then().body("items[0].total", dec("23.00"));
        as(Tokens.admin())
                .get(RESULTS + "/{b}", f.campaignId, branch)
                .then()
                .statusCode(200)
                .body("result.total", dec("23.00"));
        as(Tokens.admin())
                .get(RESULTS + "/snapshots/1", f.campaignId)
                .then()
                .statusCode(200)
                .body("aggregationMethod", equalTo("MEAN"))
                .body("scoresheetsCounted", is(3))
                .body("supersededAt", nullValue())
                .body("lines.items[0].total", dec("23.00"));
    }

    @Test
    void reopeningSaysWhyIsAuditedAndStoresANewVersionBesideTheOld() {
        ScoringFixture f = scored();
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(RESULTS + "/finalise", f.campaignId)
                .then()
                .statusCode(200);
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(RESULTS + "/reopen", f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("reason"));
        as(Tokens.viewer())
                .body(Map.of("version", f.campaignVersion(), "reason", "更正"))
                .post(RESULTS + "/reopen", f.campaignId)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion(), "reason", "汇总方法应为中位数，更正"))
                .post(RESULTS + "/reopen", f.campaignId)
                .then()
                .statusCode(200)
                .body("resultsStatus", equalTo("OPEN"));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> AuditEvent.count(
                                "action = ?1 and entityId = ?2", "RESULTS_REOPENED", Long.toString(f.campaignId))));

        as(Tokens.admin())
                .body(update(campaign(f.campaignId), "MEDIAN"))
                .put("/api/v1/campaigns/{id}", f.campaignId)
                .then()
                .statusCode(200)
                .body("aggregationMethod", equalTo("MEDIAN"));
        as(Tokens.admin())
                .body(Map.of("version", f.campaignVersion()))
                .post(RESULTS + "/finalise", f.campaignId)
                .then()
                .statusCode(200);
        as(Tokens.admin()).get(RESULTS, f.campaignId).then().body("items[0].total", dec("24.00"));
        as(Tokens.admin())
                .get(RESULTS + "/snapshots/1", f.campaignId)
                .then()
                .statusCode(200)
                .body("aggregationMethod", equalTo("MEAN"))
                .body("lines.items[0].total", dec("23.00"))
                .body("supersededReason", equalTo("汇总方法应为中位数，更正"))
                .body("supersededBy", equalTo("t-admin"));
        as(Tokens.admin())
                .get(RESULTS + "/snapshots/2", f.campaignId)
                .then()
                .statusCode(200)
                .body("aggregationMethod", equalTo("MEDIAN"))
                .body("scoresheetsCounted", is(1))
                .body("lines.items[0].total", dec("24.00"));
    }

    @Test
    void anUpdateThatLeavesAFieldOutIsRefusedAndErasesNothing() {
        ScoringFixture f = scored();
        JsonPath c = campaign(f.campaignId);
        Map<String, Object> body = update(c, "MEAN");
        body.remove("basisDocuments");
        body.remove("goals");
        body.put("disagreementThreshold", 5.0);
        as(Tokens.admin())
                .body(body)
                .put("/api/v1/campaigns/{id}", f.campaignId)
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM)
                .body("fieldErrors.field", hasItem("basisDocuments"))
                .body("fieldErrors.field", hasItem("goals"));
        Map<String, Object> whole = update(c, "MEAN");
        whole.put("basisDocuments", "《意见》；进晋字【2009】17号");
        whole.put("disagreementThreshold", 5.0);
        as(Tokens.admin())
                .body(whole)
                .put("/api/v1/campaigns/{id}", f.campaignId)
                .then()
                .statusCode(200)
                .body("disagreementThreshold", dec("5.0"))
                .body("basisDocuments", equalTo("《意见》；进晋字【2009】17号"))
                .body("goals", equalTo(c.getString("goals")));
    }
}
