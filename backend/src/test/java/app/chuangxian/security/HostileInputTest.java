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
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /**
     * The server refuses on the declared length, before the body arrives. The client here declares 26 MB and sends a
     * first slice only, then reads: a client still writing 26 MB could lose the refusal to the reset of a connection
     * the server already closed, which would test the network, not the API.
     */
    @Test
    void aBodyOverTheSizeLimitIsRefusedClearly() throws IOException {
        Fixture f = HostileInputWalk.fixture();
        Operation op = RbacMatrixTest.operations().get("createBranch");
        long declared = 26L * 1024 * 1024;
        Reply r;
        try (Socket socket = new Socket(RestAssured.baseURI.replaceFirst("^https?://", ""), RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + op.path() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + f.adminToken()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + declared
                            + "\r\nConnection: close\r\n\r\n{\"name\":\"" + "A".repeat(64 * 1024))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            r = parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> failures = new ArrayList<>();
        HostileInputWalk.check(
                failures, op, new Caller("ADMIN", f.adminToken()), "body of 26 MB", r, Expect.status(413));
        assertEquals(List.of(), failures, HostileInputWalk.report(failures));
    }

    /** An HTTP/1.1 answer as read off the wire: status line, headers, then the body (fixed length or chunked). */
    private static Reply parse(String raw) {
        int headEnd = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 ") || headEnd < 0) {
            return new Reply(0, "", "no answer: " + raw);
        }
        String[] head = raw.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(head[0].substring(9, 12));
        String contentType = "";
        boolean chunked = false;
        for (String line : head) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body = raw.substring(headEnd + 4);
        if (chunked) {
            StringBuilder joined = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                joined.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            body = joined.toString();
        }
        return new Reply(status, contentType, body);
    }
}
