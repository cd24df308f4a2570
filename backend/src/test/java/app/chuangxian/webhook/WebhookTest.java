package app.chuangxian.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.common.persistence.Retries;
import app.chuangxian.organisation.OrganisationTreeTest;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against MariaDB and a real HTTP receiver started here: what each change sends, signed, to whom, retried
 * with the backoff and sent again by hand. The job is driven with the time the test chooses.
 */
@QuarkusTest
class WebhookTest {
    private static final String HOOKS = "/api/v1/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the receiver got: path, the three signature headers and the body, per POST. */
    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    /** While true, /flaky answers 503. */
    private static final AtomicBoolean FAILING = new AtomicBoolean();

    private static HttpServer receiver;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : List.of("/ok", "/flaky")) {
            receiver.createContext(path, exchange -> {
                Map<String, String> call = new HashMap<>();
                call.put("path", path);
                for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                    call.put(header, exchange.getRequestHeaders().getFirst(header));
                }
                call.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                RECEIVED.add(call);
                int status = path.equals("/flaky") && FAILING.get() ? 503 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
        }
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    /** Only this class's webhooks take part: others (the hostile-input walk registers some) are paused. */
    @BeforeEach
    void onlyOurs() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update webhooks set enabled = false").executeUpdate();
            em.createNativeQuery("update webhook_deliveries set status = 'FAILED' where status = 'PENDING'")
                    .executeUpdate();
        });
        dispatcher.run(Instant.now());
        RECEIVED.clear();
        FAILING.set(false);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static JsonPath register(String token, String path, List<String> events) {
        return OrganisationTreeTest.as(token)
                .body(Map.of("url", url(path), "description", "测试接收端", "events", events))
                .post(HOOKS)
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("webhook.enabled", is(true))
                .extract()
                .jsonPath();
    }

    private static List<Map<String, String>> received(String path) {
        return RECEIVED.stream().filter(c -> c.get("path").equals(path)).toList();
    }

    private static String expectedSignature(String secret, Map<String, String> call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String content = call.get("webhook-id") + "." + call.get("webhook-timestamp") + "." + call.get("body");
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonPath log(String token, long hook) {
        return OrganisationTreeTest.as(token)
                .get(HOOKS + "/{id}/deliveries", hook)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aChangeReachesTheReceiverOnceSignedWithTheSecret() throws Exception {
        JsonPath hook = register(Tokens.admin(), "/ok", List.of("BRANCH"));
        long id = hook.getLong("webhook.id");
        String secret = hook.getString("secret");
        long branch = Samples.branch();

        Instant now = Instant.now();
        dispatcher.run(now);
        dispatcher.run(now.plusSeconds(1));

        List<Map<String, String>> calls = received("/ok");
        assertEquals(1, calls.size(), "one post for one change, however often the job runs: " + calls);
        Map<String, String> call = calls.get(0);
        JsonNode event = JSON.readTree(call.get("body"));
        assertEquals("branch.created", event.path("type").asText());
        assertEquals(branch, event.path("data").path("resourceId").asLong());
        assertEquals("ACTIVE", event.path("data").path("status").asText());
        assertEquals("chg_" + event.path("data").path("sequence").asLong(), call.get("webhook-id"));
        assertEquals(String.valueOf(now.getEpochSecond()), call.get("webhook-timestamp"));
        assertEquals(expectedSignature(secret, call), call.get("webhook-signature"));

        JsonPath sent = log(Tokens.admin(), id);
        assertEquals(1, sent.getInt("total"));
        assertEquals("SENT", sent.getString("items[0].status"));
        assertEquals("branch.created", sent.getString("items[0].type"));
        assertEquals(200, sent.getInt("items[0].responseStatus"));
        assertEquals(1, sent.getInt("items[0].attempts"));

        // A new secret signs what comes next; the old one no longer matches.
        String rotated = OrganisationTreeTest.as(Tokens.admin())
                .body(Map.of("version", hook.getLong("webhook.version")))
                .post(HOOKS + "/{id}/secret", id)
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertNotEquals(secret, rotated);
        Samples.branch();
        dispatcher.run(Instant.now());
        Map<String, String> next = received("/ok").get(1);
        assertEquals(expectedSignature(rotated, next), next.get("webhook-signature"));
        assertNotEquals(expectedSignature(secret, next), next.get("webhook-signature"));
    }

    @Test
    void aFailingReceiverIsTriedWithTheBackoffThenFailsAndIsSentAgainByHand() {
        long id = register(Tokens.admin(), "/flaky", List.of("BRANCH")).getLong("webhook.id");
        FAILING.set(true);
        Samples.branch();

        Instant t = Instant.now();
        dispatcher.run(t);
        JsonPath first = log(Tokens.admin(), id);
        assertEquals("PENDING", first.getString("items[0].status"));
        assertEquals(503, first.getInt("items[0].responseStatus"));
        assertTrue(first.getString("items[0].lastError").contains("503"));
        long delivery = first.getLong("items[0].id");

        // Not before the wait is over.
        dispatcher.run(t.plusSeconds(30));
        assertEquals(1, received("/flaky").size());
        for (Duration wait : Retries.BACKOFF) {
            t = t.plus(wait);
            dispatcher.run(t);
        }
        assertEquals(Retries.MAX_ATTEMPTS, received("/flaky").size());
        JsonPath failed = log(Tokens.admin(), id);
        assertEquals("FAILED", failed.getString("items[0].status"));
        assertEquals(Retries.MAX_ATTEMPTS, failed.getInt("items[0].attempts"));
        assertEquals(
                1,
                OrganisationTreeTest.as(Tokens.admin())
                        .queryParam("status", "FAILED")
                        .get(HOOKS + "/{id}/deliveries", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("total"));

        // Sent again by hand: due at once, from its first try; a second click finds it waiting.
        FAILING.set(false);
        OrganisationTreeTest.as(Tokens.admin())
                .post(HOOKS + "/{id}/deliveries/{d}/replay", id, delivery)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", is(0));
        OrganisationTreeTest.as(Tokens.admin())
                .post(HOOKS + "/{id}/deliveries/{d}/replay", id, delivery)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERY_PENDING"));
        dispatcher.run(Instant.now());
        JsonPath sent = log(Tokens.admin(), id);
        assertEquals("SENT", sent.getString("items[0].status"));
        List<Map<String, String>> calls = received("/flaky");
        assertEquals(
                calls.get(0).get("webhook-id"),
                calls.get(calls.size() - 1).get("webhook-id"),
                "the same event keeps its id: receivers drop what they have seen");
    }

    @Test
    void eachWebhookReceivesTheChangesOfItsSubtreeAndKindsOnly() throws Exception {
        // A tree of this test's own: the shared one's branch counts are another test's to check.
        OrganisationTreeTest.nationalRoot();
        long province = OrganisationTreeTest.create(Tokens.admin(), 1, "PROVINCE", "推送省");
        long c1 = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "推送市");
        long c2 = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "推送市");
        String city = OrganisationTreeTest.staffOf(c1, "ADMIN");
        String sibling = OrganisationTreeTest.staffOf(c2, "ADMIN");
        long cityHook = register(city, "/ok", List.of("BRANCH", "CAMPAIGN")).getLong("webhook.id");
        register(OrganisationTreeTest.staffOf(province, "ADMIN"), "/flaky", List.of("DELIVERABLE"));

        long mine = OrganisationTreeTest.branchIn(c1);
        long theirs = OrganisationTreeTest.branchIn(c2);
        dispatcher.run(Instant.now());

        List<Long> branches = new ArrayList<>();
        for (Map<String, String> call : received("/ok")) {
            branches.add(JSON.readTree(call.get("body"))
                    .path("data")
                    .path("resourceId")
                    .asLong());
        }
        assertEquals(List.of(mine), branches, "the city's hook gets its own branch only");
        assertEquals(List.of(), received("/flaky"), "the province's hook takes deliverables only");

        // Another city's staff neither see nor touch it.
        OrganisationTreeTest.as(sibling).get(HOOKS + "/{id}", cityHook).then().statusCode(404);
        OrganisationTreeTest.as(sibling)
                .get(HOOKS + "/{id}/deliveries", cityHook)
                .then()
                .statusCode(404);
        OrganisationTreeTest.as(sibling)
                .delete(HOOKS + "/{id}", cityHook)
                .then()
                .statusCode(404);
        List<Integer> listed = OrganisationTreeTest.as(sibling)
                .queryParam("size", 100)
                .get(HOOKS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(!listed.contains((int) cityHook), "not in the sibling's list");
        assertTrue(theirs > 0);
    }

    @Test
    void aPausedWebhookGetsNothingAndAStaleChangeIsRefused() {
        JsonPath hook = register(Tokens.admin(), "/ok", List.of("BRANCH"));
        long id = hook.getLong("webhook.id");
        Map<String, Object> pause = new HashMap<>();
        pause.put("url", url("/ok"));
        pause.put("events", List.of("BRANCH"));
        pause.put("enabled", false);
        pause.put("version", hook.getLong("webhook.version"));
        OrganisationTreeTest.as(Tokens.admin())
                .body(pause)
                .put(HOOKS + "/{id}", id)
                .then()
                .statusCode(200)
                .body("enabled", is(false))
                .body("description", equalTo(null));
        OrganisationTreeTest.as(Tokens.admin())
                .body(pause)
                .put(HOOKS + "/{id}", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        Samples.branch();
        dispatcher.run(Instant.now());
        assertEquals(List.of(), received("/ok"));
        assertEquals(0, log(Tokens.admin(), id).getInt("total"));

        OrganisationTreeTest.as(Tokens.admin())
                .delete(HOOKS + "/{id}", id)
                .then()
                .statusCode(204);
        OrganisationTreeTest.as(Tokens.admin()).get(HOOKS + "/{id}", id).then().statusCode(404);
    }

    @Test
    void aDeliveryThatCannotBeReadFailsAtOnceAndHoldsUpNoOther() {
        long broken = register(Tokens.admin(), "/flaky", List.of("BRANCH")).getLong("webhook.id");
        long fine = register(Tokens.admin(), "/ok", List.of("BRANCH")).getLong("webhook.id");
        // An address no request can be built for, as a database edited by hand might hold.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update webhooks set url = 'http://'" + " where id = :id")
                        .setParameter("id", broken)
                        .executeUpdate());
        Samples.branch();

        dispatcher.run(Instant.now());

        JsonPath failed = log(Tokens.admin(), broken);
        assertEquals("FAILED", failed.getString("items[0].status"));
        assertTrue(failed.getString("items[0].lastError").startsWith("cannot be sent"));
        assertEquals("SENT", log(Tokens.admin(), fine).getString("items[0].status"));
        assertEquals(1, received("/ok").size());
        assertEquals(List.of(), received("/flaky"));
    }

    @Test
    void anAddressOrKindThatCannotBeSentToIsRefusedOnItsField() {
        for (String bad : List.of(
                "ftp://portal.example.org/hooks", "portal.example.org/hooks", "http://", "https://u:p@example.org/")) {
            OrganisationTreeTest.as(Tokens.admin())
                    .body(Map.of("url", bad, "events", List.of("BRANCH")))
                    .post(HOOKS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("fieldErrors.field", hasItem("url"))
                    .body("fieldErrors.find { it.field == 'url' }.reason", equalTo("HTTP_URL"));
        }
        OrganisationTreeTest.as(Tokens.admin())
                .body(Map.of("url", url("/ok"), "events", List.of()))
                .post(HOOKS)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("events"));
        OrganisationTreeTest.as(Tokens.admin())
                .body(Map.of("url", url("/ok"), "events", List.of("ACCOUNT")))
                .post(HOOKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        OrganisationTreeTest.as(Tokens.admin())
                .body(Map.of("url", url("/ok"), "events", List.of("BRANCH"), "description", "长".repeat(201)))
                .post(HOOKS)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("description"));
    }
}
