package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Phase;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.commendation.CommendationList;
import app.chuangxian.commendation.FeedbackReport;
import app.chuangxian.commendation.ShortlistBasis;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every write operation of openapi.yaml against a campaign in every state and checks the answer that
 * docs/campaign-states.md documents: a refused write is a 409 whose code names the state; an allowed one is never that.
 * Each call gets a fresh campaign (so a successful delete cannot spoil the next), an empty body and dummy ids for
 * everything but the campaign, its participating branch, its commendation list and its feedback report.
 */
@QuarkusTest
class CampaignStateTest {
    private static final Path DOC = Path.of("..", "docs", "campaign-states.md");
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final List<String> STATES = List.of("DRAFT", "ACTIVE", "FINALISED", "PUBLISHED", "CLOSED");
    private static final Set<String> STATE_CODES =
            Set.of("CAMPAIGN_NOT_ACTIVE", "RESULTS_NOT_FINALISED", "RESULTS_FINALISED", "CAMPAIGN_CLOSED");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `(\\w+) ([^`]+)` \\| [^|]+\\|(.*)\\|\\s*$");
    private static final long DUMMY = 999_999_999L;

    record Documented(String operationId, List<Boolean> allowed) {}

    record Op(String id, String method, String path, JsonNode node) {}

    record Fixture(long campaignId, long branchId, long listId, long reportId) {}

    @Test
    void everyWriteOfTheContractIsDocumented() throws IOException {
        Map<String, Documented> documented = documented();
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (Op op : writes()) {
            if (!documented.containsKey(op.id()) && !doc.contains("`" + op.id() + "`")) {
                missing.add(op.id());
            }
        }
        assertEquals(List.of(), missing, "write operations of openapi.yaml missing from docs/campaign-states.md");
        Set<String> unknown = new TreeSet<>(documented.keySet());
        writes().forEach(op -> unknown.remove(op.id()));
        assertEquals(Set.of(), unknown, "rows of docs/campaign-states.md that name no write operation");
    }

    @Test
    void everyWriteGetsTheDocumentedAnswerInEveryState() throws IOException {
        Map<String, Documented> documented = documented();
        Map<String, Set<String>> rbac = RbacMatrixTest.rules();
        List<String> failures = new ArrayList<>();
        for (Op op : writes()) {
            Documented row = documented.get(op.id());
            if (row == null) {
                continue;
            }
            for (int s = 0; s < STATES.size(); s++) {
                Fixture f = fixture(STATES.get(s));
                Response response = call(op, f, rbac.get(op.id()));
                String code = response.contentType().contains("json")
                        ? response.jsonPath().getString("code")
                        : null;
                boolean refused = response.statusCode() == 409 && STATE_CODES.contains(code);
                if (refused == row.allowed().get(s)) {
                    failures.add(op.id() + " in " + STATES.get(s) + ": " + response.statusCode() + " " + code
                            + (row.allowed().get(s) ? " (documented as allowed)" : " (documented as refused)"));
                }
            }
        }
        assertEquals(List.of(), failures, "answers that differ from docs/campaign-states.md");
    }

    @Test
    void theRefusalSaysWhyInWordsAndNeverReachesThoseWhoMayNotCall() {
        Fixture closed = fixture("CLOSED");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/campaigns/{id}/phases", closed.campaignId())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CAMPAIGN_CLOSED"))
                .body("detail", containsString("活动已结束"))
                .body("detail", containsString("closed"));
        given().auth()
                .oauth2(Tokens.viewer())
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/campaigns/{id}/phases", closed.campaignId())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.branch(Samples.branch()))
                .contentType("application/json")
                .body("{}")
                .put("/api/v1/campaigns/{id}/self-assessments/{b}", closed.campaignId(), closed.branchId())
                .then()
                .statusCode(not(409));
    }

    private static Response call(Op op, Fixture f, Set<String> who) {
        String token = who.contains("ADMIN")
                ? Tokens.admin()
                : who.contains("BRANCH_OWN") || who.contains("BRANCH")
                        ? Tokens.branch(f.branchId())
                        : Tokens.assessor();
        RequestSpecification request = given().redirects().follow(false).auth().oauth2(token);
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            String type = content.fieldNames().next();
            if (type.startsWith("multipart/")) {
                request.multiPart("dummy", "dummy");
            } else {
                request.contentType(type).body("{}");
            }
        }
        String path = op.path();
        for (JsonNode p : op.node().path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String name = p.path("name").asText();
                path = path.replace("{" + name + "}", Long.toString(idFor(op.path(), name, f)));
            }
        }
        return request.request(op.method(), path);
    }

    private static long idFor(String path, String name, Fixture f) {
        return switch (name) {
            case "campaignId" -> f.campaignId();
            case "branchId" -> f.branchId();
            case "listId" -> f.listId();
            case "id" ->
                path.startsWith("/api/v1/campaigns/{id}")
                        ? f.campaignId()
                        : path.startsWith("/api/v1/commendation-lists/")
                                ? f.listId()
                                : path.startsWith("/api/v1/feedback-reports/") ? f.reportId() : DUMMY;
            default -> DUMMY;
        };
    }

    /** A campaign in the given state with one phase, one participating branch, a commendation list and a feedback report. */
    static Fixture fixture(String state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = new Campaign();
            c.title = "状态测试 " + Samples.unique("S");
            c.year = 2024;
            c.status = switch (state) {
                case "DRAFT" -> CampaignStatus.DRAFT;
                case "CLOSED" -> CampaignStatus.CLOSED;
                default -> CampaignStatus.ACTIVE;
            };
            c.resultsStatus = switch (state) {
                case "FINALISED" -> ResultsStatus.FINALISED;
                case "PUBLISHED", "CLOSED" -> ResultsStatus.PUBLISHED;
                default -> ResultsStatus.OPEN;
            };
            c.persist();
            Phase phase = new Phase();
            phase.campaignId = c.id;
            phase.seq = 1;
            phase.code = "MOBILISATION";
            phase.name = "宣传动员";
            phase.startsOn = LocalDate.of(2024, 1, 1);
            phase.endsOn = LocalDate.of(2024, 12, 31);
            phase.persist();
            Branch b = new Branch();
            b.code = Samples.unique("ST");
            b.name = "民进状态测试支部" + b.code;
            b.kind = BranchKind.BRANCH;
            b.persist();
            Participation p = new Participation();
            p.campaignId = c.id;
            p.branchId = b.id;
            p.persist();
            CommendationList list = new CommendationList();
            list.campaignId = c.id;
            list.basis = ShortlistBasis.TOP_N;
            list.topN = 1;
            list.createdBy = "fixture";
            list.persist();
            FeedbackReport report = new FeedbackReport();
            report.campaignId = c.id;
            report.branchId = b.id;
            report.branchName = b.name;
            report.persist();
            return new Fixture(c.id, b.id, list.id, report.id);
        });
    }

    static Map<String, Documented> documented() throws IOException {
        Map<String, Documented> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String[] cells = m.group(4).split("\\|");
                List<Boolean> allowed = new ArrayList<>();
                for (String cell : cells) {
                    allowed.add(cell.trim().equals("✓"));
                }
                if (allowed.size() != STATES.size()) {
                    throw new AssertionError("docs/campaign-states.md: " + m.group(1) + " needs one answer per state");
                }
                rows.put(m.group(1), new Documented(m.group(1), allowed));
            }
        }
        return rows;
    }

    static List<Op> writes() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        List<Op> ops = new ArrayList<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    String verb = method.getKey().toUpperCase();
                    if (method.getValue().has("operationId")
                            && Set.of("POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                        ops.add(new Op(
                                method.getValue().get("operationId").asText(), verb, path.getKey(), method.getValue()));
                    }
                }));
        return ops;
    }
}
