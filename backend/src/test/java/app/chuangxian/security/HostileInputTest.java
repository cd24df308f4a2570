package app.chuangxian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.security.HostileInputWalk.Area;
import app.chuangxian.security.HostileInputWalk.Caller;
import app.chuangxian.security.HostileInputWalk.Expect;
import app.chuangxian.security.HostileInputWalk.Fixture;
import app.chuangxian.security.HostileInputWalk.Reply;
import app.chuangxian.security.RbacMatrixTest.Operation;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the walks of hostile input share: every operation of openapi.yaml is in exactly one feature's walk (see
 * {@link HostileInputWalk} and its subclasses, one per feature) and has a caller there; paths that are no operation
 * and bodies over the size limit are problems too.
 */
@QuarkusTest
class HostileInputTest {

    @Test
    void theWalkCoversEveryOperation() throws IOException {
        Map<String, Operation> operations = RbacMatrixTest.operations();
        assertFalse(operations.isEmpty(), "the walk found no operations in openapi.yaml");
        assertTrue(
                operations.keySet().containsAll(HostileInputWalk.EXCLUDED.keySet()),
                "HostileInputWalk.EXCLUDED names operations that do not exist: " + HostileInputWalk.EXCLUDED.keySet());
        Map<String, Set<String>> rules = RbacMatrixTest.rules();
        List<String> uncalled = new ArrayList<>();
        for (Operation op : operations.values()) {
            if (!HostileInputWalk.EXCLUDED.containsKey(op.id())
                    && HostileInputWalk.callers(rules.get(op.id())).isEmpty()) {
                uncalled.add(op.id());
            }
        }
        assertEquals(List.of(), uncalled, "operations no caller of the walk may call");
    }

    @Test
    void everyOperationIsInExactlyOneFeaturesWalk() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Operation op : RbacMatrixTest.operations().values()) {
            long areas = Arrays.stream(Area.values())
                    .filter(a -> a.tags().contains(HostileInputWalk.tag(op)))
                    .count();
            if (areas != 1) {
                outside.add(op.id() + " (tag " + HostileInputWalk.tag(op) + ", in " + areas + " walks)");
            }
        }
        assertEquals(List.of(), outside, "operations in no walk or in several");
    }

    @Test
    void unknownPathsAreProblemsToo() {
        Fixture f = HostileInputWalk.fixture();
        Caller admin = new Caller("ADMIN", f.adminToken());
        List<String> failures = new ArrayList<>();
        Operation unknown = new Operation(
                "(no operation)", "GET", "/api/v1/no-such-thing", HostileInputWalk.JSON.createObjectNode());
        HostileInputWalk.check(
                failures,
                unknown,
                admin,
                "unknown path",
                HostileInputWalk.call(unknown, admin, Map.of(), Map.of(), Map.of(), null, null),
                Expect.status(404));
        Operation deep = new Operation(
                "(no operation)", "GET", "/api/v1/branches/1/no-such-thing", HostileInputWalk.JSON.createObjectNode());
        HostileInputWalk.check(
                failures,
                deep,
                admin,
                "unknown sub-path",
                HostileInputWalk.call(deep, admin, Map.of(), Map.of(), Map.of(), null, null),
                Expect.status(404));
        assertEquals(List.of(), failures, HostileInputWalk.report(failures));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedClearly() throws IOException {
        Fixture f = HostileInputWalk.fixture();
        Operation op = RbacMatrixTest.operations().get("createBranch");
        byte[] body = ("{\"name\":\"" + "A".repeat(26 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        Reply r = HostileInputWalk.call(
                op, new Caller("ADMIN", f.adminToken()), Map.of(), Map.of(), Map.of(), "application/json", body);
        List<String> failures = new ArrayList<>();
        HostileInputWalk.check(
                failures, op, new Caller("ADMIN", f.adminToken()), "body of 26 MB", r, Expect.status(413));
        assertEquals(List.of(), failures, HostileInputWalk.report(failures));
    }
}
