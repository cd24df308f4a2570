package app.chuangxian.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.chuangxian.organisation.OrganisationTreeTest;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Third-party clients: registered by staff, a client-credentials token carries only the client's scopes. */
@QuarkusTest
class ClientCredentialsTest {

    private static ExtractableResponse<Response> register(List<String> scopes, Long branchId) {
        return register(Tokens.admin(), scopes, branchId);
    }

    private static ExtractableResponse<Response> register(String admin, List<String> scopes, Long branchId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "上级组织系统" + Samples.unique("C"));
        body.put("scopes", scopes);
        body.put("branchId", branchId);
        return given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract();
    }

    private static io.restassured.response.ValidatableResponse grant(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/client-token")
                .then();
    }

    @Test
    void aReadClientReadsLikeAViewerAndWritesNothing() {
        var created = register(List.of("read"), null);
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        Assertions.assertFalse(QuarkusTransaction.requiringNew()
                .call(() -> ApiClient.findByClientId(clientId)
                        .orElseThrow()
                        .secretHash
                        .contains(secret)));
        String token = grant(clientId, secret)
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("scope", equalTo("read"))
                .extract()
                .path("access_token");
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Samples.branchBody())
                .post("/api/v1/branches")
                .then()
                .statusCode(403);
        given().auth().oauth2(token).get("/api/v1/audit-events").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/accounts").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.auditor())
                .queryParam("actor", "client:" + clientId)
                .queryParam("action", "LOGIN_SUCCEEDED")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].actorKind", equalTo("CLIENT"));
    }

    @Test
    void anAuditClientReadsOnlyTheAuditLog() {
        var created = register(List.of("audit:read"), null);
        String token = grant(created.path("clientId"), created.path("clientSecret"))
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth().oauth2(token).get("/api/v1/audit-events").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(403);
    }

    @Test
    void aWebhooksClientManagesItsOrganisationsWebhooksAndReadsNothingElse() {
        OrganisationTreeTest.nationalRoot();
        long province = OrganisationTreeTest.create(Tokens.admin(), 1, "PROVINCE", "推送省");
        long city = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "推送市");
        long sibling = OrganisationTreeTest.create(Tokens.admin(), province, "CITY", "推送市");
        String cityAdmin = OrganisationTreeTest.staffOf(city, "ADMIN");
        var created = register(cityAdmin, List.of("webhooks:manage"), null);
        String token = grant(created.path("clientId"), created.path("clientSecret"))
                .statusCode(200)
                .body("scope", equalTo("webhooks:manage"))
                .extract()
                .path("access_token");
        int id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://portal.example.org/hooks", "events", List.of("BRANCH", "SCORESHEET")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("webhook.events", contains("BRANCH", "SCORESHEET"))
                .extract()
                .path("webhook.id");
        given().auth()
                .oauth2(token)
                .get("/api/v1/webhooks/{id}/deliveries", id)
                .then()
                .statusCode(200);
        // it is the city's: the city's administrators see it, a sibling city's do not
        given().auth().oauth2(cityAdmin).get("/api/v1/webhooks/{id}", id).then().statusCode(200);
        given().auth()
                .oauth2(OrganisationTreeTest.staffOf(sibling, "ADMIN"))
                .get("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(404);
        // nothing but the webhooks: not the feed it could read as an administrator, not the branches
        for (String path : List.of("/api/v1/changes", "/api/v1/branches", "/api/v1/api-clients")) {
            given().auth().oauth2(token).get(path).then().statusCode(403);
        }
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Samples.branchBody())
                .post("/api/v1/branches")
                .then()
                .statusCode(403);
    }

    @Test
    void aDeliverablesClientIsBoundToItsBranchAndTouchesNothingElse() {
        long branch = Samples.branch();
        var created = register(List.of("deliverables:write", "read"), branch);
        String token = grant(created.path("clientId"), created.path("clientSecret"))
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth()
                .oauth2(token)
                .get("/api/v1/branches")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) branch));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/branches/{id}/archive", branch)
                .then()
                .statusCode(403);
        // a write its BRANCH role would reach, outside deliverables: the scope check refuses it
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Abc@12345", "newPassword", "Abc@123456"))
                .put("/api/v1/me/password")
                .then()
                .statusCode(403)
                .body("code", equalTo("SCOPE_MISSING"));
        Map<String, Object> body = new HashMap<>(Map.of("name", "x", "scopes", List.of("deliverables:write")));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/api-clients")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("branchId"));
    }

    @Test
    void wrongSecretsUnknownClientsAndDisabledClientsGetNoToken() {
        var created = register(List.of("read"), null);
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        String wrong =
                grant(clientId, "not-the-secret").statusCode(401).extract().path("detail");
        String unknown = grant("client-nobody", "not-the-secret")
                .statusCode(401)
                .extract()
                .path("detail");
        Assertions.assertEquals(unknown, wrong);
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(400)
                .body("code", equalTo("UNSUPPORTED_GRANT_TYPE"));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", "read audit:read")
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("scope"));

        String token = grant(clientId, secret).statusCode(200).extract().path("access_token");
        long id = ((Number) created.path("client.id")).longValue();
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/api-clients/{id}", id)
                .then()
                .statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("clientSecret", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 1))
                .post("/api/v1/api-clients/{id}/disable", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/v1/api-clients/{id}/disable", id)
                .then()
                .statusCode(200);
        given().auth().oauth2(token).get("/api/v1/branches").then().statusCode(401);
        grant(clientId, secret).statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .body("items.clientId", hasItem(clientId));
        Assertions.assertTrue(clientId.startsWith("client-"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/api-clients/{id}", 987654321L)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theTokenEndpointTakesHttpBasicAndAnswersRfc6749Errors() {
        var created = register(List.of("read"), null);
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        given().auth()
                .preemptive()
                .basic(clientId, secret)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("scope", equalTo("read"));
        given().auth()
                .preemptive()
                .basic(clientId, "not-the-secret")
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/json"))
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"))
                .body("code", equalTo("INVALID_CLIENT"));
        given().auth()
                .preemptive()
                .basic(clientId, secret)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_secret", secret)
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        grant(clientId, secret).statusCode(200);
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .body("error_description", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", "audit:read")
                .post("/api/v1/auth/client-token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_scope"));
    }

    /** Every operation the contract offers to a scope answers a token of that scope, and no other GET does. */
    @Test
    void theContractsClientScopesAreWhatTheApiLetsThrough() throws java.io.IOException {
        long branch = Samples.branch();
        Map<String, String> tokens = new HashMap<>();
        for (String scope : List.of("read", "deliverables:write", "audit:read", "webhooks:manage")) {
            var created = register(List.of(scope), scope.equals("deliverables:write") ? branch : null);
            tokens.put(
                    scope,
                    grant(created.path("clientId"), created.path("clientSecret"))
                            .statusCode(200)
                            .extract()
                            .path("access_token"));
        }
        List<String> failures = new java.util.ArrayList<>();
        var contract = new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(java.nio.file.Path.of("..", "openapi.yaml").toFile());
        for (var pathEntry :
                (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) contract.path("paths")::fields) {
            for (var opEntry : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                    pathEntry.getValue()::fields) {
                String method = opEntry.getKey().toUpperCase(java.util.Locale.ROOT);
                var node = opEntry.getValue();
                java.util.Set<String> offered = new java.util.TreeSet<>();
                node.path("security").forEach(r -> r.path("clientCredentials").forEach(s -> offered.add(s.asText())));
                // the signed-in account's own paths: a client has no account, so they are not for clients (404)
                if (node.path("security").isEmpty() || pathEntry.getKey().startsWith("/api/v1/me")) {
                    continue;
                }
                String path = pathEntry.getKey().replaceAll("\\{[^}]+}", "999999999");
                for (String scope : tokens.keySet()) {
                    var request = given().auth().oauth2(tokens.get(scope));
                    if (!method.equals("GET")) {
                        request.contentType(ContentType.JSON).body("{}");
                    }
                    int status = request.request(method, path).statusCode();
                    boolean refused = status == 401 || status == 403;
                    if (offered.contains(scope) == refused && (offered.contains(scope) || method.equals("GET"))) {
                        failures.add(method + " " + pathEntry.getKey() + " with " + scope + ": " + status
                                + (offered.contains(scope)
                                        ? " (offered to the scope)"
                                        : " (not offered to the scope)"));
                    }
                }
            }
        }
        Assertions.assertEquals(List.of(), failures, "the contract's clientCredentials scopes differ from the API");
    }
}
