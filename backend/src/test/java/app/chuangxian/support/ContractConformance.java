package app.chuangxian.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every response a RestAssured test receives against openapi.yaml: its status must be one the operation
 * declares (or one any operation may answer, see docs/api.md), its media type one declared for that status, and a
 * JSON body must validate against the declared schema (JSON Schema 2020-12, as OpenAPI 3.1 defines it).
 */
public final class ContractConformance implements Filter {
    /** Statuses the HTTP layer may answer for any operation; their body is still a Problem. */
    static final Set<Integer> ANY_OPERATION = Set.of(405, 406, 413, 414, 415);

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode contract;
    private final List<Template> templates;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final Set<String> problemCodes = new java.util.HashSet<>();

    record Template(String path, Pattern pattern, int parameters) {}

    public ContractConformance() {
        try {
            contract = YAML.readTree(Files.readString(CONTRACT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Template> all = new ArrayList<>();
        contract.path("paths")
                .fieldNames()
                .forEachRemaining(p -> all.add(new Template(
                        p,
                        Pattern.compile("^" + p.replaceAll("\\{[^}]+}", "[^/]+") + "$"),
                        p.split("\\{", -1).length - 1)));
        // a literal segment wins over a parameter: /campaigns/{id}/results before /campaigns/{id}/{x}
        all.sort(Comparator.comparingInt(Template::parameters));
        templates = List.copyOf(all);
        contract.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("code")
                .path("x-problem-codes")
                .fieldNames()
                .forEachRemaining(problemCodes::add);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> problems =
                check(request.getMethod(), URI.create(request.getURI()).getRawPath(), response);
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "The response of " + request.getMethod() + " " + request.getURI() + " breaks openapi.yaml:\n  "
                            + String.join("\n  ", problems) + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** What in the response differs from the contract; empty when it conforms or the path is not in the contract. */
    List<String> check(String method, String path, Response response) {
        JsonNode operation = operation(method, path);
        if (operation == null) {
            return List.of();
        }
        int status = response.statusCode();
        JsonNode declared = operation.path("responses").path(String.valueOf(status));
        String where =
                "/paths/" + escape(templateOf(path)) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
        String mediaType = response.contentType() == null
                ? ""
                : response.contentType().split(";")[0].trim();
        String body = response.asString();
        if (declared.isMissingNode()) {
            if (!ANY_OPERATION.contains(status)) {
                return List.of("status " + status + " is not declared for this operation");
            }
            List<String> problems = new ArrayList<>(knownCode(body));
            problems.addAll(
                    validate("problem", JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"), body));
            return problems;
        }
        List<String> problems = new ArrayList<>();
        declared.path("headers").fields().forEachRemaining(h -> {
            if (h.getValue().path("required").asBoolean() && response.getHeader(h.getKey()) == null) {
                problems.add("header " + h.getKey() + " is declared for status " + status + " but missing");
            }
        });
        if (mediaType.endsWith("json") && status >= 400) {
            problems.addAll(knownCode(body));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        JsonNode content = declared.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("status " + status + " declares no body, but one came");
        }
        if (!content.has(mediaType)
                && !content.has("*/*")
                && !content.has(mediaType.split("/")[0] + "/*")) {
            List<String> names = new ArrayList<>();
            content.fieldNames().forEachRemaining(names::add);
            return List.of("media type '" + mediaType + "' is not declared for status " + status + " (declared: "
                    + names + ")");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        return validate(where + "/content/" + mediaType, content.path(mediaType).path("schema"), body);
    }

    /** A problem's code must be one the contract lists (Problem.code's x-problem-codes). */
    private List<String> knownCode(String body) {
        try {
            JsonNode code = JSON.readTree(body).path("code");
            if (code.isTextual() && !problemCodes.contains(code.asText())) {
                return List.of("problem code " + code.asText() + " is not listed in the contract (ProblemCodes)");
            }
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        return List.of();
    }

    private List<String> validate(String key, JsonNode declared, String body) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        JsonSchema schema = compiled.computeIfAbsent(key, k -> compile(declared));
        Set<ValidationMessage> messages = schema.validate(value);
        return messages.stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .limit(20)
                .collect(Collectors.toList());
    }

    /** The declared schema as a document of its own, its $refs resolved against the contract's components. */
    private JsonSchema compile(JsonNode declared) {
        ObjectNode root = declared.isObject() ? ((ObjectNode) declared).deepCopy() : JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://chuangxian.invalid/openapi.json");
        root.set("components", contract.path("components"));
        return SCHEMAS.getSchema(root);
    }

    private JsonNode operation(String method, String path) {
        String template = templateOf(path);
        return template == null ? null : contract.path("paths").path(template).get(method.toLowerCase(Locale.ROOT));
    }

    private String templateOf(String path) {
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()) {
                return t.path();
            }
        }
        return null;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
