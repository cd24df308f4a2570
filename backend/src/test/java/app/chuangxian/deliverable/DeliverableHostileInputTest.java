package app.chuangxian.deliverable;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.security.HostileInputWalk;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input on the operations of deliverables, and a refused deliverable update that changes nothing. */
@QuarkusTest
class DeliverableHostileInputTest extends HostileInputWalk {
    @Override
    protected Area area() {
        return Area.DELIVERABLES;
    }

    @Test
    void aRefusedDeliverableUpdateChangesNothing() {
        Fixture f = fixture();
        String branch = Tokens.branch(f.branchId());
        String url = "/api/v1/campaigns/" + f.campaignId() + "/deliverables/" + f.deliverableId();
        Map<String, Object> before = get(branch, url);
        int revisions = given().auth()
                .oauth2(branch)
                .get(url + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        Map<String, Object> change = new HashMap<>();
        change.put("title", "改过的标题");
        change.put("body", "新的正文");
        change.put("version", before.get("version"));
        Map<String, Object> fields = new HashMap<>(DeliverableFixture.planFields());
        change.put("fields", fields);
        List<String> failures = new ArrayList<>();
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "memberCount", "很多")), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "startDate", "2026-02-30")), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "goals", "长".repeat(501))), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "noSuchField", "x")), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "measures", "不是列表")), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "goals", "半个表情\uD83C")), 400);
        refuse(failures, branch, "PUT", url, with(change, "fields", with(fields, "measures", List.of("\uDE00"))), 400);
        refuse(failures, branch, "PUT", url, with(change, "title", "半个表情\uD83C"), 400);
        refuse(failures, branch, "PUT", url, with(change, "body", "长".repeat(50_001)), 400);
        refuse(failures, branch, "PUT", url, with(change, "title", " "), 400);
        refuse(failures, branch, "PUT", url, with(change, "version", STALE), 409);
        refuse(failures, branch, "POST", url + "/attachments", null, 400);
        assertEquals(List.of(), failures, report(failures));
        assertEquals(before, get(branch, url), "the deliverable after refused updates");
        assertEquals(
                revisions,
                given().auth()
                        .oauth2(branch)
                        .get(url + "/revisions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size(),
                "revisions after refused updates");
    }
}
