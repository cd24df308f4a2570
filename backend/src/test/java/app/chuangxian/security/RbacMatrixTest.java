package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of openapi.yaml with a token of every role and without one, and checks the outcome
 * against rbac/*.yaml: a role not listed gets 403, an anonymous caller 401 (PUBLIC excepted), a listed role
 * neither. Calls use dummy path ids and an empty body, so the role check must come before validation.
 */
@QuarkusTest
class RbacMatrixTest {
    private static final Path RBAC = Path.of("src", "test", "resources", "rbac");
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Set<String> KNOWN =
            Set.of("PUBLIC", "ADMIN", "ASSESSOR", "VIEWER", "AUDITOR", "BRANCH", "BRANCH_OWN");
    private static final List<String> ROLES = List.of("ADMIN", "ASSESSOR", "VIEWER", "AUDITOR", "BRANCH");
    private static final long DUMMY_ID = 999_999_999L;

    record Operation(String id, String method, String path, JsonNode node) {}

    @Test
    void everyOperationHasAnEntryAndEveryEntryAnOperation() throws IOException {
        Map<String, Set<String>> rules = rules();
        Map<String, Operation> operations = operations();
        assertEquals(
                Set.of(),
                new TreeSet<>(minus(operations.keySet(), rules.keySet())),
                "operations of openapi.yaml without an entry in rbac/*.yaml");
        assertEquals(
                Set.of(),
                new TreeSet<>(minus(rules.keySet(), operations.keySet())),
                "entries of rbac/*.yaml that name no operation of openapi.yaml");
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws IOException {
        Map<String, Set<String>> rules = rules();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations().values()) {
            Set<String> allowed = rules.get(op.id());
            if (allowed == null) {
                continue;
            }
            boolean isPublic = allowed.contains("PUBLIC");
            int anonymous = call(op, null);
            if (isPublic ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                failures.add(op.id() + " anonymous: " + anonymous);
            }
            for (String role : ROLES) {
                boolean may =
                        isPublic || allowed.contains(role) || ("BRANCH".equals(role) && allowed.contains("BRANCH_OWN"));
                int status = call(op, token(role));
                if (may ? status == 401 || status == 403 : status != 403) {
                    failures.add(op.id() + " " + role + ": " + status + (may ? " (allowed)" : " (expected 403)"));
                }
            }
        }
        assertEquals(List.of(), failures, "outcomes that differ from rbac/*.yaml");
    }

    private static String token(String role) {
        return switch (role) {
            case "ADMIN" -> Tokens.admin();
            case "ASSESSOR" -> Tokens.assessor();
            case "VIEWER" -> Tokens.viewer();
            case "AUDITOR" -> Tokens.auditor();
            default -> Tokens.branch(DUMMY_ID);
        };
    }

    private static int call(Operation op, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            String type = content.fieldNames().next();
            if (type.contains("json")) {
                request.contentType(type).body("{}");
            } else if (type.startsWith("multipart/")) {
                request.multiPart("dummy", "dummy");
            } else if (type.equals("application/x-www-form-urlencoded")) {
                request.contentType(type).formParam("dummy", "dummy");
            } else {
                request.contentType(type).body(new byte[0]);
            }
        }
        String path = op.path();
        for (JsonNode p : op.node().path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String type = p.path("schema").path("type").asText();
                String value = "integer".equals(type) || "number".equals(type) ? Long.toString(DUMMY_ID) : "dummy";
                path = path.replace("{" + p.path("name").asText() + "}", value);
            }
        }
        return request.request(op.method(), path).statusCode();
    }

    static Map<String, Set<String>> rules() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Set<String>> rules = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(RBAC)) {
            files = list.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            JsonNode doc = yaml.readTree(file.toFile());
            if (doc == null || doc.isMissingNode() || doc.isNull()) {
                continue;
            }
            doc.fields().forEachRemaining(entry -> {
                Set<String> who = new TreeSet<>();
                entry.getValue().forEach(v -> who.add(v.asText()));
                if (!KNOWN.containsAll(who) || who.isEmpty()) {
                    throw new AssertionError(file + ": " + entry.getKey() + " names unknown roles " + who);
                }
                if (rules.put(entry.getKey(), who) != null) {
                    throw new AssertionError(file + ": " + entry.getKey() + " has more than one entry");
                }
            });
        }
        return rules;
    }

    static Map<String, Operation> operations() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        Map<String, Operation> operations = new TreeMap<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (method.getValue().has("operationId")) {
                        String id = method.getValue().get("operationId").asText();
                        operations.put(
                                id, new Operation(id, method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
