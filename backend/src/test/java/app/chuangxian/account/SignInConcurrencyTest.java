package app.chuangxian.account;

import static app.chuangxian.account.AccountFixtures.OWN_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.audit.AuditEvent;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Parallel sign-ins, right and wrong, to one account and to many: no 5xx, the right lock, every audit event written.
 * Each test checks the end state (counts, lock, audit rows), never timings.
 */
@QuarkusTest
class SignInConcurrencyTest {

    private static int signIn(String username, String password, String address) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .statusCode();
    }

    private static Map<Integer, Long> tally(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private long audited(String actor, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("actor = ?1 and action = ?2", actor, action));
    }

    @Test
    void parallelWrongPasswordsAllCountAndLockTheAccount() {
        var c = AccountFixtures.direct("VIEWER", null);
        List<Integer> statuses = Parallel.run(12, i -> signIn(c.username(), "Wrong@Pass" + i, "198.51.100.1"));
        assertEquals(Map.of(401, 12L), tally(statuses), "every wrong password is a 401, none a 5xx");
        Account after = QuarkusTransaction.requiringNew().call(() -> Account.findById(c.id()));
        assertTrue(after.lockedUntil != null && after.lockedUntil.isAfter(Instant.now()), "the account is locked");
        assertEquals(401, signIn(c.username(), OWN_PASSWORD, "198.51.100.1"), "the right password no longer works");
        assertEquals(13, audited(c.username(), "LOGIN_FAILED"), "every attempt is in the audit log");
    }

    @Test
    void parallelRightSignInsToOneAccountAllSucceed() {
        var c = AccountFixtures.direct("VIEWER", null);
        List<Integer> statuses = Parallel.run(6, i -> signIn(c.username(), OWN_PASSWORD, "198.51.100.2"));
        assertEquals(Map.of(200, 6L), tally(statuses));
        assertEquals(6, audited(c.username(), "LOGIN_SUCCEEDED"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(c.id()).failedLogins));
    }

    @Test
    void parallelSignInsToManyAccountsRightAndWrong() {
        // more parallel sign-ins than the pool has connections (16): before, bcrypt held one each and some timed out
        List<AccountFixtures.Created> many = IntStream.range(0, 18)
                .mapToObj(i -> AccountFixtures.direct("VIEWER", null))
                .toList();
        List<Integer> statuses = Parallel.run(
                many.size(),
                i -> signIn(many.get(i).username(), i % 2 == 0 ? OWN_PASSWORD : "Wrong@Pass" + i, "198.51.100.3"));
        assertEquals(Map.of(200, 9L, 401, 9L), tally(statuses), "no pool timeouts: bcrypt holds no connection");
        for (int i = 0; i < many.size(); i++) {
            String name = many.get(i).username();
            assertEquals(1, audited(name, i % 2 == 0 ? "LOGIN_SUCCEEDED" : "LOGIN_FAILED"), "audit of " + name);
        }
        int failures = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>findById(many.get(1).id()).failedLogins);
        assertEquals(1, failures);
    }

    @Test
    void parallelAccountCreationsWithOneUsernameMakeOneAccount() {
        String username = Samples.unique("same").toLowerCase();
        Instant before = Instant.now().minusSeconds(1);
        List<Integer> statuses = Parallel.run(
                10,
                i -> given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "username",
                                username,
                                "displayName",
                                "并发 " + i,
                                "roles",
                                List.of("VIEWER"),
                                "password",
                                AccountFixtures.FIRST_PASSWORD))
                        .post("/api/v1/accounts")
                        .statusCode());
        assertEquals(Map.of(201, 1L, 409, 9L), tally(statuses));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Account.count("username", username)));
        long recorded = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "path = ?1 and method = 'POST' and occurredAt >= ?2", "/api/v1/accounts", before));
        assertTrue(recorded >= 10, "each of the 10 requests is in the audit log, found " + recorded);
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> AuditEvent.count(
                                "action = 'ACCOUNT_CREATED' and occurredAt >= ?1 and detail like 'roles VIEWER'",
                                before)));
    }

    @Test
    void theAddressThrottleCountsAttemptsInFlightBehindAProxyHeader() {
        String address = "203.0.113." + (10 + (int) (System.nanoTime() % 200));
        int max = 1000; // %test.app.auth.address-max-failures
        QuarkusTransaction.requiringNew()
                .run(() -> Account.getEntityManager()
                        .createNativeQuery("delete from sign_in_address_failures where address = :a")
                        .setParameter("a", address)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> Account.getEntityManager()
                        .createNativeQuery(
                                "insert into sign_in_address_failures (address, window_start_ms, failures) values (:a, :t, :f)")
                        .setParameter("a", address)
                        .setParameter("t", System.currentTimeMillis())
                        .setParameter("f", max - 4)
                        .executeUpdate());
        String ghost = Samples.unique("ghost").toLowerCase();
        List<Integer> statuses = Parallel.run(24, i -> signIn(ghost, "Wrong@Pass" + i, address));
        assertEquals(Map.of(401, 4L, 429, 20L), tally(statuses), "only the attempts under the limit are evaluated");
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("actor", ghost)
                .queryParam("size", 100)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.is(24))
                .body("items.remoteAddress", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(address)));
        assertEquals(
                200,
                signIn(AccountFixtures.direct("VIEWER", null).username(), OWN_PASSWORD, "203.0.113.250"),
                "another address is not throttled");
    }

    @Test
    void anAdministratorsEditDoesNotOverwriteACountedFailure() {
        var c = AccountFixtures.direct("VIEWER", null);
        QuarkusTransaction.requiringNew().run(() -> {
            Account edited = Account.findById(c.id());
            // a failed sign-in is counted while the edit is under way
            QuarkusTransaction.requiringNew()
                    .run(() -> Account.countFailure(
                            c.id(), Instant.now(), 5, Instant.now().plusSeconds(600)));
            edited.displayName = "改名";
        });
        Account after = QuarkusTransaction.requiringNew().call(() -> Account.findById(c.id()));
        assertEquals("改名", after.displayName);
        assertEquals(1, after.failedLogins, "the edit writes only what it changed");
    }
}
