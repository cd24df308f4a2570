package app.chuangxian.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders of campaigns and their configuration through the API, as committee staff. */
public final class CampaignSamples {
    private CampaignSamples() {}

    public static Map<String, Object> campaignBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "争创先进基层组织活动" + Samples.unique("C"));
        body.put("year", 2026);
        body.put("basisDocuments", "《意见》");
        body.put("guidingIdeology", "加强基层组织建设");
        body.put("goals", "加强学习；加强指导；创新形式");
        body.put("aggregationMethod", "MEAN");
        body.put("disagreementThreshold", 10.0);
        body.put("noticeMinWorkingDays", 5);
        body.put("reminderDays", List.of(7, 3, 1));
        return body;
    }

    public static long campaign() {
        return post("/api/v1/campaigns", campaignBody());
    }

    public static Map<String, Object> phaseBody(int seq, String code, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("seq", seq);
        body.put("code", code);
        body.put("name", "阶段" + seq);
        body.put("startsOn", from);
        body.put("endsOn", to);
        return body;
    }

    public static long phase(long campaignId, int seq, String code, String from, String to) {
        return post("/api/v1/campaigns/" + campaignId + "/phases", phaseBody(seq, code, from, to));
    }

    /** A standard with indicators of the given points; its maximum is their sum. */
    public static Map<String, Object> standardBody(String code, double... points) {
        List<Map<String, Object>> indicators = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            indicators.add(new HashMap<>(
                    Map.of("code", code + "_" + (i + 1), "name", "细则" + (i + 1), "maxPoints", points[i])));
            sum += points[i];
        }
        Map<String, Object> body = new HashMap<>();
        body.put("seq", 1);
        body.put("code", code);
        body.put("name", "标准" + code);
        body.put("maxPoints", sum);
        body.put("indicators", indicators);
        return body;
    }

    public static long standard(long campaignId, String code, double... points) {
        return post("/api/v1/campaigns/" + campaignId + "/standards", standardBody(code, points));
    }

    public static Map<String, Object> deliverableTypeBody(long phaseId, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("phaseId", phaseId);
        body.put("seq", 1);
        body.put("code", code);
        body.put("name", "实施方案");
        body.put("required", true);
        body.put(
                "fields",
                List.of(Map.of(
                        "key", "content", "label", "内容", "type", "TEXTAREA", "required", true, "maxLength", 5000)));
        return body;
    }

    public static long deliverableType(long campaignId, long phaseId, String code) {
        return post("/api/v1/campaigns/" + campaignId + "/deliverable-types", deliverableTypeBody(phaseId, code));
    }

    public static void participate(long campaignId, long branchId) {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("branchId", branchId))
                .post("/api/v1/campaigns/{id}/branches", campaignId)
                .then()
                .statusCode(201);
    }

    /** Moves a campaign along its life cycle (activate or close) from the version it has now. */
    public static void transition(long campaignId, String operation) {
        int version = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", campaignId)
                .then()
                .extract()
                .path("version");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version))
                .post("/api/v1/campaigns/{id}/" + operation, campaignId)
                .then()
                .statusCode(200);
    }

    /** A closed campaign with one phase. */
    public static long closedCampaign() {
        long id = campaign();
        phase(id, 1, "P1", "2026-01-01", "2026-03-31");
        transition(id, "activate");
        transition(id, "close");
        return id;
    }

    private static long post(String path, Map<String, Object> body) {
        return ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(path)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
