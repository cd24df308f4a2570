package app.chuangxian.notification;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.organisation.OrganisationTreeTest;
import app.chuangxian.support.MessageSinks;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Sinks;
import app.chuangxian.support.TestAccounts;
import app.chuangxian.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Messages beyond the app, against real parts: a real SMTP server and a real HTTP receiver standing in for the SMS
 * gateway and the robots. The send job is driven with the time the test chooses.
 */
@QuarkusTest
@WithTestResource(value = MessageSinks.class, scope = TestResourceScope.GLOBAL)
class MessageChannelsTest {
    static final String SETTINGS = "/api/v1/me/notification-settings";
    static final String LOG = "/api/v1/deliveries";
    static final String TEMPLATES = "/api/v1/message-templates";
    static final String ONE = "/api/v1/campaigns/{c}/deliverables/{id}";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 10_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryService deliveries;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A chair who chose channels, with an address no other test uses. */
    record Chair(String token, String email, String phone) {}

    static Chair chair(long branch, String locale, List<String> channels) {
        String token = TestAccounts.chairOf(branch);
        long n = SEQ.incrementAndGet();
        String email = "chair" + n + "@example.org";
        String phone = "139" + String.format("%08d", n % 100_000_000);
        int version = as(token).get(SETTINGS).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("phone", phone);
        body.put("locale", locale);
        body.put("channels", channels);
        body.put("version", version);
        as(token).body(body).put(SETTINGS).then().statusCode(200);
        return new Chair(token, email, phone);
    }

    /** A deliverable of the branch returned with a reason: one message to each of its accounts. */
    static long returned(World w, long branch, String reason) {
        long id = draft(w, branch, w.plan(), planFields());
        returnAgain(w, branch, id, reason);
        return id;
    }

    /** The deliverable submitted (again) and returned with the reason. */
    static void returnAgain(World w, long branch, long id, String reason) {
        submit(w, branch, id);
        as(Tokens.admin())
                .body(Map.of(
                        "version", DeliverableFixture.version(w, id), "reason", reason, "fixItems", List.of("补充时间安排")))
                .post(ONE + "/return", w.campaignId(), id)
                .then()
                .statusCode(200);
    }

    static List<Map<String, String>> hooksTo(String path, String phone) {
        return Sinks.hooks().stream()
                .filter(h -> h.get("path").equals(path) && h.get("body").contains(phone))
                .toList();
    }

    static List<Map<String, String>> mailsTo(String email) {
        return Sinks.mails().stream().filter(m -> m.get("to").equals(email)).toList();
    }

    @Test
    void aChairChoosesChannelsAndAMessageArrivesOnEachOnce() throws Exception {
        World w = DeliverableFixture.world();
        String token = TestAccounts.chairOf(w.branchA());
        // nothing chosen yet; every channel is set up in the tests
        var settings = as(token)
                .get(SETTINGS)
                .then()
                .statusCode(200)
                .body("locale", is("zh-CN"))
                .body("options.channel", is(List.of("EMAIL", "SMS", "WECOM", "DINGTALK")))
                .body("options.address", is(List.of("EMAIL", "PHONE", "PHONE", "PHONE")))
                .body("options.chosen", everyItem(is(false)))
                .body("options.available", everyItem(is(true)))
                .body("channels", is(List.of()))
                .extract()
                .jsonPath();
        int version = settings.getInt("version");
        // a chosen channel needs its address; nothing is stored when refused
        Map<String, Object> body = new HashMap<>();
        body.put("email", null);
        body.put("phone", "");
        body.put("locale", "en");
        body.put("channels", List.of("EMAIL", "SMS"));
        body.put("version", version);
        as(token)
                .body(body)
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("fieldErrors.field", is(List.of("email", "phone")))
                .body("fieldErrors.reason", everyItem(is("NEEDED_BY_CHANNEL")));
        body.put("locale", "fr");
        as(token).body(body).put(SETTINGS).then().statusCode(400).body("fieldErrors.field", hasItem("locale"));
        as(token).get(SETTINGS).then().body("channels", is(List.of()));

        String email = "chair-a-" + SEQ.incrementAndGet() + "@example.org";
        String phone = "138" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
        body.put("email", email);
        body.put("phone", phone);
        body.put("locale", "en");
        body.put("channels", List.of("EMAIL", "SMS", "WECOM", "DINGTALK"));
        as(token)
                .body(body)
                .put(SETTINGS)
                .then()
                .statusCode(200)
                .body("channels", is(List.of("EMAIL", "SMS", "WECOM", "DINGTALK")))
                .body("options.chosen", everyItem(is(true)))
                .body("version", org.hamcrest.Matchers.greaterThan(version));
        // the same version again: the change made meanwhile is not lost
        as(token).body(body).put(SETTINGS).then().statusCode(409).body("code", is("STALE_VERSION"));

        returned(w, w.branchA(), "缺少时间安排");
        Instant now = Instant.now();
        assertTrue(deliveries.run(now) >= 4, "the four sends of the chair");
        List<Map<String, String>> mails = mailsTo(email);
        assertEquals(1, mails.size(), "one mail: " + mails);
        assertEquals("Returned: 实施方案", mails.get(0).get("subject"));
        assertTrue(mails.get(0).get("body").contains("缺少时间安排"), mails.get(0).get("body"));
        assertTrue(mails.get(0).get("body").contains(Sinks.APP_URL), "the link to the app");
        assertEquals("pingxuan@example.org", mails.get(0).get("from"));

        List<Map<String, String>> sms = hooksTo("/sms", phone);
        assertEquals(1, sms.size());
        JsonNode smsBody = JSON.readTree(sms.get(0).get("body"));
        assertEquals(phone, smsBody.get("mobile").asText());
        assertTrue(smsBody.get("content").asText().startsWith("Returned: 实施方案"));
        assertEquals("Bearer " + Sinks.SMS_TOKEN, sms.get(0).get("authorization"));

        List<Map<String, String>> wecom = hooksTo("/wecom", phone);
        assertEquals(1, wecom.size());
        JsonNode wecomBody = JSON.readTree(wecom.get(0).get("body"));
        assertEquals("text", wecomBody.get("msgtype").asText());
        assertEquals(phone, wecomBody.at("/text/mentioned_mobile_list/0").asText());
        assertTrue(wecomBody.at("/text/content").asText().contains("缺少时间安排"));
        assertEquals("key=test-key", wecom.get(0).get("query"));

        List<Map<String, String>> ding = hooksTo("/dingtalk", phone);
        assertEquals(1, ding.size());
        JsonNode dingBody = JSON.readTree(ding.get(0).get("body"));
        assertEquals(phone, dingBody.at("/at/atMobiles/0").asText());
        assertTrue(dingBody.at("/text/content").asText().endsWith("@" + phone));
        // signed as the robot's documentation says: HmacSHA256 of "timestamp\nsecret", Base64, URL-encoded
        Map<String, String> query = new HashMap<>();
        for (String pair : ding.get(0).get("query").split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertEquals("test-token", query.get("access_token"));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                Sinks.DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.Base64.getEncoder()
                .encodeToString(mac.doFinal(
                        (query.get("timestamp") + "\n" + Sinks.DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, query.get("sign"));

        // a second run sends nothing again
        deliveries.run(now.plusSeconds(60));
        assertEquals(1, mailsTo(email).size());
        assertEquals(1, hooksTo("/wecom", phone).size());

        // the send log: masked addresses, the template, the status; staff only
        long account = settingsAccount(token);
        as(Tokens.admin())
                .get(LOG + "?accountId=" + account + "&sort=channel")
                .then()
                .statusCode(200)
                .body("total", is(4))
                .body("items.channel", is(List.of("DINGTALK", "EMAIL", "SMS", "WECOM")))
                .body("items.status", everyItem(is("SENT")))
                .body("items.kind", everyItem(is("DELIVERABLE_RETURNED")))
                .body("items.locale", everyItem(is("en")))
                .body("items.attempts", everyItem(is(1)))
                .body("items[1].recipient", is("c***@example.org"))
                .body("items[0].recipient", is(phone.substring(0, 3) + "****" + phone.substring(7)));
        as(Tokens.auditor())
                .get(LOG + "?accountId=" + account)
                .then()
                .statusCode(200)
                .body("total", is(4));
        as(token).get(LOG).then().statusCode(403);
        as(Tokens.admin()).get(LOG + "?channel=FAX").then().statusCode(400);
        as(Tokens.admin()).get(LOG + "?sort=recipient").then().statusCode(400).body("fieldErrors[0].field", is("sort"));
    }

    /** The account behind a token, read from its own settings' log (the chair's id is in its token). */
    private static long settingsAccount(String token) {
        return ((Number) as(token)
                        .get("/api/v1/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void aFailingRobotIsTriedAgainWithBackoffThenGivenUpAndStaffTryAgainOnce() {
        World w = DeliverableFixture.world();
        Chair chair = chair(w.branchA(), "zh-CN", List.of("WECOM"));
        long account = settingsAccount(chair.token());
        returned(w, w.branchA(), "第一次退回");
        Sinks.failNext("wecom", 5);
        Instant t = Instant.now();
        deliveries.run(t);
        String one = LOG + "?accountId=" + account;
        as(Tokens.admin())
                .get(one)
                .then()
                .body("items[0].status", is("PENDING"))
                .body("items[0].attempts", is(1))
                .body("items[0].lastError", containsString("errcode 93000"));
        // not yet due: the first wait is a minute
        deliveries.run(t.plusSeconds(30));
        as(Tokens.admin()).get(one).then().body("items[0].attempts", is(1));
        // then 1, 5, 30 and 120 minutes
        Instant at = t;
        for (Duration wait : app.chuangxian.common.persistence.Retries.BACKOFF) {
            at = at.plus(wait).plusSeconds(1);
            deliveries.run(at);
        }
        as(Tokens.admin())
                .get(one)
                .then()
                .body("items[0].status", is("FAILED"))
                .body("items[0].attempts", is(5))
                .body("items[0].nextAttemptAt", nullValue());
        assertEquals(5, hooksTo("/wecom", chair.phone()).size());
        deliveries.run(at.plus(Duration.ofDays(1)));
        assertEquals(5, hooksTo("/wecom", chair.phone()).size(), "given up: no more tries");

        long id = ((Number) as(Tokens.admin()).get(one).then().extract().path("items[0].id")).longValue();
        // a branch chair cannot; a double click tries once
        as(chair.token()).post(LOG + "/{id}/retry", id).then().statusCode(403);
        List<Integer> codes = Parallel.run(
                4,
                i -> as(Tokens.admin())
                        .post(LOG + "/{id}/retry", id)
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes.toString());
        deliveries.run(Instant.now());
        as(Tokens.admin()).get(one).then().body("items[0].status", is("SENT")).body("items[0].lastError", nullValue());
        assertEquals(6, hooksTo("/wecom", chair.phone()).size());
        as(Tokens.admin()).post(LOG + "/{id}/retry", id).then().statusCode(409).body("code", is("NOT_FAILED"));
        as(Tokens.admin()).post(LOG + "/{id}/retry", 999_999_999L).then().statusCode(404);
    }

    @Test
    void runsAtOnceSendEachMessageOnceAndParallelSettingsChangesDoNotGetLost() {
        World w = DeliverableFixture.world();
        Chair chair = chair(w.branchA(), "zh-CN", List.of("EMAIL", "SMS"));
        long id = returned(w, w.branchA(), "一");
        returnAgain(w, w.branchA(), id, "二");
        Instant now = Instant.now();
        Parallel.run(4, i -> deliveries.run(now));
        // A send the SMTP server did not take at once (seen once under load) goes at its next try: a run past the
        // longest wait sends what is left, and nothing twice.
        deliveries.run(now.plus(Duration.ofHours(3)));
        assertEquals(2, mailsTo(chair.email()).size(), "each message mailed once");
        assertEquals(2, hooksTo("/sms", chair.phone()).size(), "each message texted once");

        int version = as(chair.token()).get(SETTINGS).then().extract().path("version");
        List<Integer> codes = Parallel.run(
                4,
                i -> as(chair.token())
                        .body(Map.of(
                                "email", chair.email(),
                                "phone", chair.phone(),
                                "locale", "en",
                                "channels", List.of("EMAIL"),
                                "version", version))
                        .put(SETTINGS)
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes.toString());
    }

    @Test
    void staffRewordATemplateWhosePlaceholdersAreCheckedAndTheNextMessageUsesIt() {
        String path = TEMPLATES + "/DELIVERABLE_ACCEPTED/zh-CN";
        as(Tokens.admin())
                .get(TEMPLATES + "?kind=DELIVERABLE_ACCEPTED")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.locale", is(List.of("zh-CN", "en")))
                .body("items[0].placeholders", is(List.of("title", "name", "link")));
        as(Tokens.admin()).get(TEMPLATES).then().body("total", is(NotificationKind.values().length * 2));
        as(Tokens.admin())
                .body(Map.of("subject", "通过 {title}", "body", "{name} {deadline}", "version", 0))
                .put(path)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("body"))
                .body("fieldErrors[0].reason", is("UNKNOWN_PLACEHOLDER"))
                .body("fieldErrors[0].params.placeholder", is("deadline"));
        as(Tokens.admin())
                .body(Map.of("subject", "通过 {title", "body", "{name}", "version", 0))
                .put(path)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("subject"))
                .body("fieldErrors[0].reason", is("UNPAIRED_BRACE"));
        as(Tokens.admin()).get(path).then().body("customised", is(false)).body("version", nullValue());
        // a version where none is stored yet is stale; then null, then the version read
        Map<String, Object> body = new HashMap<>(Map.of("subject", "【评选】{title}已通过", "body", "{name}：《{title}》通过了。"));
        body.put("version", 3);
        as(Tokens.admin()).body(body).put(path).then().statusCode(409);
        body.put("version", null);
        int version = as(Tokens.admin())
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .body("customised", is(true))
                .extract()
                .path("version");
        as(Tokens.admin()).body(body).put(path).then().statusCode(409);
        // staff below the top organisation and branch chairs cannot reword; an auditor reads
        long province = OrganisationTreeTest.tree().p1();
        as(OrganisationTreeTest.staffOf(province, "ADMIN"))
                .body(Map.of("subject", "x", "body", "y", "version", version))
                .put(path)
                .then()
                .statusCode(403)
                .body("code", is("TOP_ORGANISATION_ONLY"));
        as(Tokens.auditor()).get(path).then().statusCode(200).body("customised", is(true));
        as(Tokens.admin()).get(TEMPLATES + "/DELIVERABLE_ACCEPTED/fr").then().statusCode(404);

        World w = DeliverableFixture.world();
        Chair chair = chair(w.branchA(), "zh-CN", List.of("EMAIL"));
        long id = draft(w, w.branchA(), w.plan(), planFields());
        submit(w, w.branchA(), id);
        DeliverableFixture.review(w, id, "accept");
        deliveries.run(Instant.now());
        List<Map<String, String>> mails = mailsTo(chair.email());
        assertEquals(1, mails.size());
        assertEquals("【评选】实施方案已通过", mails.get(0).get("subject"));
        assertEquals("主委：《实施方案》通过了。", mails.get(0).get("body"));

        as(Tokens.admin())
                .body(Map.of("version", version))
                .post(path + "/reset")
                .then()
                .statusCode(200)
                .body("customised", is(false))
                .body("subject", is("材料已通过：{title}"));
    }
}
