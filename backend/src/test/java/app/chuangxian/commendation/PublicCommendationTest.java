package app.chuangxian.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.FixedClock;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shareable notice and list pages and the certificate check, read without signing in. */
@QuarkusTest
class PublicCommendationTest {
    @Inject
    FakeResults results;

    @Inject
    FixedClock clock;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    private static ValidatableResponse post(Object body, String path, Object... params) {
        return CommendationFlowTest.post(Tokens.admin(), body, path, params);
    }

    private static int version(long listId) {
        return CommendationFlowTest.version(listId);
    }

    private static ValidatableResponse publicList(long id) {
        return given().get("/api/v1/public/commendation-lists/{id}", id).then();
    }

    private static ValidatableResponse certificate(long listId, long branchId) {
        return given().get("/api/v1/public/certificates/{l}/{b}", listId, branchId)
                .then();
    }

    @Test
    void aListIsPublicFromItsNoticeOnAndEveryIssuedCertificateChecksOut() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.FINALISED, 3);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, true),
                        f.result(1, "92", "EXCELLENT", "优秀", 2, true),
                        f.result(2, "70", "PASS", "合格", 3, true)));
        long id = ((Number) post(
                                Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"),
                                "/api/v1/campaigns/{c}/commendation-lists",
                                f.campaignId)
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long first = f.branchIds.get(0);
        long second = f.branchIds.get(1);
        long notListed = f.branchIds.get(2);

        // A draft is nobody's business outside the committee.
        publicList(id).statusCode(404).contentType("application/problem+json");
        certificate(id, first).statusCode(404);

        clock.set(LocalDate.of(2010, 6, 1));
        post(
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
        publicList(id)
                .statusCode(200)
                .body("status", equalTo("NOTICE"))
                .body("noticeText", equalTo("现将拟表彰名单予以公示"))
                .body("noticeStartsOn", equalTo("2010-06-01"))
                .body("noticeEndsOn", equalTo("2010-06-07"))
                .body("branches.branchName", contains(f.branchNames.get(0), f.branchNames.get(1)))
                .body("branches[0]", not(hasKey("total")))
                .body("resolutionNumber", nullValue());
        // Under notice nothing is issued yet.
        certificate(id, first).statusCode(404);

        clock.set(LocalDate.of(2010, 6, 8));
        Map<String, Object> approval =
                new HashMap<>(Map.of("resolutionNumber", "民进吕梁市委〔2010〕3号", "resolutionDate", "2010-06-10"));
        approval.put("version", version(id));
        post(approval, "/api/v1/commendation-lists/{id}/approval", id).statusCode(200);
        post(Map.of("version", version(id)), "/api/v1/commendation-lists/{id}/publication", id)
                .statusCode(200);

        publicList(id)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("resolutionNumber", equalTo("民进吕梁市委〔2010〕3号"))
                .body("correctedByListId", nullValue());
        certificate(id, second)
                .statusCode(200)
                .body("branchName", equalTo(f.branchNames.get(1)))
                .body("resolutionNumber", equalTo("民进吕梁市委〔2010〕3号"))
                .body("resolutionDate", equalTo("2010-06-10"))
                .body("inForce", equalTo(true));
        certificate(id, notListed).statusCode(404).contentType("application/problem+json");
        certificate(id, 999_999_999L).statusCode(404);
        certificate(999_999_999L, first).statusCode(404);

        // A published correction that drops the second branch: its certificate is no longer in force.
        long correction = ((Number) post(
                                Map.of("basis", "CORRECTION", "correctsId", id),
                                "/api/v1/campaigns/{c}/commendation-lists",
                                f.campaignId)
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        post(
                        Map.of("branchId", second, "reason", "经复核撤销", "version", version(correction)),
                        "/api/v1/commendation-lists/{id}/removals",
                        correction)
                .statusCode(200);
        clock.set(LocalDate.of(2010, 7, 1));
        post(
                        Map.of(
                                "startsOn",
                                "2010-07-01",
                                "endsOn",
                                "2010-07-07",
                                "text",
                                "更正公示",
                                "version",
                                version(correction)),
                        "/api/v1/commendation-lists/{id}/notice",
                        correction)
                .statusCode(200);
        clock.set(LocalDate.of(2010, 7, 8));
        Map<String, Object> second_approval =
                new HashMap<>(Map.of("resolutionNumber", "民进吕梁市委〔2010〕9号", "resolutionDate", "2010-07-10"));
        second_approval.put("version", version(correction));
        post(second_approval, "/api/v1/commendation-lists/{id}/approval", correction)
                .statusCode(200);
        certificate(id, second).statusCode(200).body("inForce", equalTo(true)); // approved, not yet published
        post(Map.of("version", version(correction)), "/api/v1/commendation-lists/{id}/publication", correction)
                .statusCode(200);

        publicList(id).statusCode(200).body("correctedByListId", equalTo((int) correction));
        certificate(id, second).statusCode(200).body("inForce", equalTo(false)).body("supersededByListId", equalTo((int)
                correction));
        certificate(id, first).statusCode(200).body("inForce", equalTo(true)).body("supersededByListId", equalTo((int)
                correction));
        certificate(correction, first)
                .statusCode(200)
                .body("inForce", equalTo(true))
                .body("resolutionNumber", equalTo("民进吕梁市委〔2010〕9号"));
    }
}
