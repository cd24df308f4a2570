package app.chuangxian;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract: the document the API serves must equal the committed {@code openapi.yaml}.
 * Run with OPENAPI_WRITE=true (make openapi) to refresh the committed copy after changing the API.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if ("true".equals(System.getenv("OPENAPI_WRITE"))) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root: run `make openapi`");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        JsonNode actual = yaml.readTree(served);
        java.util.List<String> differences = new java.util.ArrayList<>();
        diff("", expected, actual, differences);
        assertEquals(
                java.util.List.of(),
                differences.subList(0, Math.min(20, differences.size())),
                "The API no longer matches openapi.yaml at these places. If the change is intended, "
                        + "run `make openapi` and commit it.");
    }

    /** Collects the JSON pointers at which the committed and the served documents differ. */
    private static void diff(String at, JsonNode expected, JsonNode actual, java.util.List<String> out) {
        if (expected == null || actual == null) {
            out.add(at
                    + (expected == null ? " is new in the served document" : " is missing from the served document"));
        } else if (expected.isObject() && actual.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> diff(at + "/" + n, expected.get(n), actual.get(n), out));
        } else if (!expected.equals(actual)) {
            out.add(at + ": committed " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    @Test
    void everyOperationHasASummaryAndDeclaresItsErrors() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory())
                .readTree(given().queryParam("format", "yaml")
                        .get("/q/openapi")
                        .then()
                        .extract()
                        .asString());
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    assertTrue(op.getValue().hasNonNull("summary"), where + " has no summary");
                    assertTrue(op.getValue().hasNonNull("description"), where + " has no description");
                    assertTrue(
                            ids.add(op.getValue().path("operationId").asText(""))
                                    && op.getValue().hasNonNull("operationId"),
                            where + " has a missing or duplicate operationId");
                    java.util.List<String> codes = new java.util.ArrayList<>();
                    op.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                    assertTrue(
                            codes.stream().anyMatch(c -> c.startsWith("2")), where + " declares no success response");
                    assertTrue(
                            op.getValue().path("responses").has("400")
                                    || op.getValue().path("responses").has("401"),
                            where + " declares no error responses");
                }));
    }
}
