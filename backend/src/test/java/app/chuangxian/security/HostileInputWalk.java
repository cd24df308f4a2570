package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.account.Account;
import app.chuangxian.assessment.ScoreLine;
import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.campaign.Standard;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.organisation.Organisation;
import app.chuangxian.organisation.OrganisationLevel;
import app.chuangxian.security.RbacMatrixTest.Operation;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of openapi.yaml with hostile input, as committee staff and (where a branch may call it) as a
 * branch, and holds the house rule: bad input gets a clear error and loses nothing. No response is a 5xx; every 4xx is
 * application/problem+json whose {@code status} is the HTTP status, with a title and a message; a body that fails
 * validation names the offending field. Calls that must not pass are expected with the exact status the API gives
 * today; the refused writes are then checked to have left the records as they were.
 */
public abstract class HostileInputWalk {
    /** The part of the contract a walk covers, by the tags of openapi.yaml; each feature's test walks its own. */
    public enum Area {
        PEOPLE(
                "Authentication",
                "My account",
                "Messages",
                "Message channels",
                "Accounts",
                "API clients",
                "Branches",
                "Members",
                "Organisations",
                "Audit log",
                "Changes",
                "Webhooks"),
        CAMPAIGNS(
                "Campaigns",
                "Adoptions",
                "Phases",
                "Standards",
                "Deliverable types",
                "Participants",
                "Leading groups",
                "Site visits"),
        DELIVERABLES("Deliverables"),
        SCORING("Assessor assignments", "Scoresheets", "Self-assessments", "Consensus", "Results"),
        COMMENDATION("Commendation", "Feedback reports", "Exports", "Recommendations");

        private final Set<String> tags;

        Area(String... tags) {
            this.tags = Set.of(tags);
        }

        public Set<String> tags() {
            return tags;
        }
    }

    /** Which operations this walk takes. */
    protected abstract Area area();

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Writes request bodies with every non-ASCII character escaped, so that even half an emoji goes out as sent. */
    private static final ObjectMapper WIRE =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    protected static final long NO_SUCH = 999_999_999L;
    /** A version no record reaches in a test run: state changes sent with it are refused as stale. */
    protected static final long STALE = 987_654L;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** Path values that are not ids of anything: not a number, too big for a long, negative, zero, the largest long. */
    private static final Map<String, Set<Integer>> BAD_PATH_VALUES = linked(
            "abc", Set.of(400),
            "99999999999999999999", Set.of(400),
            "-1", Set.of(404),
            "0", Set.of(404),
            "9223372036854775807", Set.of(404));

    /** Text a client may well send and the API must store as sent or refuse clearly. */
    private static final Map<String, String> TEXTS = linked(
            "NUL byte", "支部\u0000名称",
            "emoji", "支部🎉👩‍👩‍👧‍👦✅",
            "half an emoji", "支部\uD83C名称",
            "right-to-left marks", "\u202Efdp.exe\u200F 支部\u200E",
            "SQL and HTML", "x'); DROP TABLE branches;-- <script>alert(1)</script>");

    /**
     * Operations that the walk leaves out, with the reason; an entry naming no operation fails the test. There are
     * none: sign-in and logout are walked too (failed sign-ins from this address stay far below the test throttle, and
     * a logout of an unknown refresh token ends nothing).
     *
     * <p>What the walk reaches only in part, said here rather than skipped in silence: the writes on commendation
     * lists, objections, feedback reports and API clients name ids that do not exist, so their bodies are checked
     * (validation comes first) but awkward text does not reach the database; returning a deliverable and reopening a
     * scoresheet need a submitted record and end at 409; the score-sheet export needs finalised results (409), and the
     * PDFs of lists, certificates and reports need records the fixture does not make (404).
     */
    static final Map<String, String> EXCLUDED = Map.of();

    private static Fixture fixture;
    private static JsonNode contract;
    private static Map<String, Set<String>> rules;

    protected record Fixture(
            long campaignId,
            long phaseId,
            long branchId,
            long typeId,
            long recordTypeId,
            long deliverableId,
            long uploadDeliverableId,
            long standardId,
            long indicatorId,
            long assessorId,
            String assessorToken,
            long scoresheetId,
            long siteVisitId,
            long accountId,
            String adminToken,
            String branchToken) {}

    record Caller(String name, String token) {}

    /** What came back: status, Content-Type (empty when none) and body. */
    record Reply(int status, String contentType, String body) {}

    /** What a case must get: one of {@code statuses} (empty: anything below 500) and, if set, a field error naming {@code field}. */
    record Expect(Set<Integer> statuses, String field) {
        static Expect anything() {
            return new Expect(Set.of(), null);
        }

        static Expect status(Integer... statuses) {
            return new Expect(Set.of(statuses), null);
        }

        static Expect invalid(String field) {
            return new Expect(Set.of(400), field);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The walks

    @Test
    public void pathParametersThatAreNotIdsAreRefusedClearly() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : walked()) {
            List<JsonNode> params = params(op, "path");
            for (Caller caller : callers(op)) {
                Map<String, Object> body = params.isEmpty() ? null : validBody(op, caller, f);
                for (JsonNode p : params) {
                    String name = p.path("name").asText();
                    for (Map.Entry<String, Set<Integer>> bad : BAD_PATH_VALUES.entrySet()) {
                        Map<String, String> path = pathValues(op, f);
                        path.put(name, bad.getKey());
                        Set<Integer> expected = new java.util.HashSet<>(bad.getValue());
                        if (caller.name().equals("BRANCH") || name.equals("branchId")) {
                            expected.add(403); // a branch may learn only that the record is not its own
                        }
                        if (bad.getKey().equals("abc") || bad.getKey().startsWith("999")) {
                            expected.retainAll(Set.of(400));
                        }
                        if (enumOf(op, name) != null) {
                            expected = Set.of(400, 404); // not one of the set: not a valid value, or no such record
                        }
                        Reply r = call(op, caller, path, requiredQuery(op), Map.of(), body);
                        check(failures, op, caller, "path " + name + "=" + bad.getKey(), r, new Expect(expected, null));
                        cases++;
                    }
                }
            }
        }
        assertTrue(cases > 0, "no path parameter was tried");
        assertEquals(List.of(), failures, report(failures));
    }

    /**
     * The organisation dimension of the matrix (ADR 015): staff of another organisation, one below the fixture's (the
     * root), reach none of the fixture's records, whatever the operation and however valid the request: every call
     * naming one is 404, as if it did not exist.
     */
    @Test
    public void staffOfAnotherOrganisationReachNoneOfItsRecords() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : walked()) {
            Set<String> allowed = rules().get(op.id());
            if (allowed == null
                    || allowed.contains("PUBLIC")
                    || params(op, "path").isEmpty()) {
                continue;
            }
            Map<String, String> path = pathValues(op, f);
            if (path.containsValue(Long.toString(NO_SUCH))
                    || params(op, "path").stream()
                            .allMatch(p -> enumOf(op, p.path("name").asText()) != null)) {
                // no record of the fixture's organisation named, or only settings of the whole deployment
                continue;
            }
            String role = Stream.of("ADMIN", "VIEWER", "ASSESSOR", "AUDITOR")
                    .filter(allowed::contains)
                    .findFirst()
                    .orElse(null);
            if (role == null) {
                continue;
            }
            // the body the fixture's own staff would send, so that only the caller's organisation is wrong
            Map<String, Object> body = validBody(op, new Caller("ADMIN", f.adminToken()), f);
            Reply r = call(op, new Caller(role, outsider(role)), path, requiredQuery(op), Map.of(), body);
            cases++;
            if (r.status() != 404) {
                failures.add(op.id() + " as " + role + " of another organisation: " + r.status() + " "
                        + r.body().substring(0, Math.min(160, r.body().length())));
            }
        }
        assertTrue(cases > 0, "no operation of " + area() + " names a record of the fixture");
        assertEquals(List.of(), failures, report(failures));
    }

    private static final Map<String, String> OUTSIDERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A token of a real account of the role in an organisation two levels below the root: it sees nothing of the
     * root's, and is not right below it either (so is not offered the root's campaigns to adopt).
     */
    private static synchronized String outsider(String role) {
        return OUTSIDERS.computeIfAbsent(role, r -> {
            long[] ids = QuarkusTransaction.requiringNew().call(() -> {
                Organisation between = placed(Organisation.ROOT_ID, Organisation.ROOT_PATH, OrganisationLevel.PROVINCE);
                Organisation o = placed(between.id, between.path, OrganisationLevel.COUNTY);
                Account a = new Account();
                a.username = Samples.unique("outsider").toLowerCase();
                a.displayName = "外单位工作人员";
                a.passwordHash = "x";
                a.roles = r;
                a.organisationId = o.id;
                a.persist();
                return new long[] {o.id, a.id};
            });
            return io.smallrye.jwt.build.Jwt.upn("outsider-" + ids[1])
                    .subject("outsider-" + ids[1])
                    .groups(Set.of(r))
                    .claim(app.chuangxian.common.security.CurrentUser.ACCOUNT_CLAIM, ids[1])
                    .claim(app.chuangxian.common.security.CurrentUser.ORGANISATION_CLAIM, ids[0])
                    .sign();
        });
    }

    private static Organisation placed(long parentId, String parentPath, OrganisationLevel level) {
        Organisation o = new Organisation();
        o.parentId = parentId;
        o.level = level;
        o.name = "外单位" + Samples.unique("o");
        o.code = Samples.unique("OUT");
        o.depth = parentPath.split("/").length;
        o.path = "-";
        o.persistAndFlush();
        o.path = parentPath + o.id + "/";
        return o;
    }

    @Test
    public void malformedAndMistypedBodiesAreRefusedNamingTheField() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        // the fixture's campaign is ACTIVE: a write its state refuses is refused before its body is read
        Map<String, CampaignStateTest.Documented> states = CampaignStateTest.documented();
        for (Operation op : walked()) {
            String type = bodyType(op);
            if (type == null
                    || !type.contains("json")
                    || (states.containsKey(op.id())
                            && !states.get(op.id()).allowed().get(1))) {
                continue;
            }
            JsonNode schema = schema(
                    op.node().path("requestBody").path("content").path(type).path("schema"));
            for (Caller caller : callers(op)) {
                Map<String, String> path = pathValues(op, f);
                Map<String, Object> base = validBody(op, caller, f);
                List<Object[]> bodies = new ArrayList<>();
                List<String> required = strings(schema.path("required"));
                // a body with nothing required (logout: "omit it to end them all") may be left out
                Expect absent = required.isEmpty() ? Expect.anything() : Expect.status(400);
                bodies.add(new Object[] {"malformed JSON", "application/json", "{\"a\":", Expect.status(400)});
                bodies.add(new Object[] {"empty body", "application/json", "", absent});
                bodies.add(new Object[] {"null", "application/json", "null", absent});
                bodies.add(new Object[] {
                    "array instead of object", "application/json", "[" + json(base) + "]", Expect.status(400)
                });
                bodies.add(new Object[] {"text/plain", "text/plain", json(base), Expect.status(415)});
                bodies.add(new Object[] {"application/xml", "application/xml", "<a>1</a>", Expect.status(415)});
                if (!required.isEmpty()) {
                    bodies.add(new Object[] {
                        "empty object",
                        "application/json",
                        "{}",
                        new Expect(Set.of(400), "@" + String.join(",", required))
                    });
                }
                bodies.add(new Object[] {
                    "nested 5000 deep",
                    "application/json",
                    "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                    Expect.status(400)
                });
                bodies.add(new Object[] {
                    "unknown property",
                    "application/json",
                    json(with(base, "noSuchProperty", "x")),
                    Expect.invalid("noSuchProperty")
                });
                for (Map.Entry<String, JsonNode> prop : properties(schema).entrySet()) {
                    String name = prop.getKey();
                    JsonNode ps = schema(prop.getValue());
                    if (ps.path("readOnly").asBoolean()) {
                        continue;
                    }
                    for (Object wrong : wrongValues(ps)) {
                        bodies.add(new Object[] {
                            name + " = " + describe(wrong),
                            "application/json",
                            json(with(base, name, wrong)),
                            Expect.invalid(name)
                        });
                    }
                    for (Object extreme : extremeNumbers(ps)) {
                        // a whole number out of range or with a fraction is refused; a decimal is checked by its rules
                        bodies.add(new Object[] {
                            name + " = " + extreme,
                            "application/json",
                            json(with(base, name, extreme)),
                            "integer".equals(kind(ps)) ? Expect.invalid(name) : new Expect(Set.of(), name)
                        });
                    }
                    for (Map.Entry<String, Object> nested :
                            nestedWrongValues(ps, f).entrySet()) {
                        bodies.add(new Object[] {
                            name + nested.getKey(),
                            "application/json",
                            json(with(base, name, nested.getValue())),
                            Expect.invalid(name)
                        });
                    }
                    for (Map.Entry<String, Object> tooLong :
                            tooLongValues(ps, f).entrySet()) {
                        bodies.add(new Object[] {
                            name + " " + tooLong.getKey(),
                            "application/json",
                            json(with(base, name, tooLong.getValue())),
                            tooLong.getKey().contains("over max") || hasMaxLength(ps)
                                    ? Expect.invalid(name)
                                    : Expect.anything()
                        });
                    }
                }
                for (Object[] b : bodies) {
                    Reply r = call(
                            op,
                            caller,
                            path,
                            Map.of(),
                            Map.of(),
                            (String) b[1],
                            ((String) b[2]).getBytes(StandardCharsets.UTF_8));
                    check(failures, op, caller, (String) b[0], r, (Expect) b[3]);
                    cases++;
                }
            }
        }
        assertTrue(cases > 0, "no body was tried");
        assertEquals(List.of(), failures, report(failures));
    }

    @Test
    public void awkwardTextIsStoredAsSentOrRefusedClearly() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : walked()) {
            String type = bodyType(op);
            if (type == null || !type.contains("json")) {
                continue;
            }
            JsonNode schema = schema(
                    op.node().path("requestBody").path("content").path(type).path("schema"));
            List<String> texts = freeTextProperties(schema);
            if (texts.isEmpty() && !hasNestedText(schema)) {
                continue;
            }
            for (Caller caller : callers(op)) {
                for (Map.Entry<String, String> text : TEXTS.entrySet()) {
                    Map<String, Object> body = withText(schema, validBody(op, caller, f), text.getValue());
                    Reply r = call(op, caller, pathValues(op, f), Map.of(), Map.of(), body);
                    String label = "text with " + text.getKey();
                    check(failures, op, caller, label, r, Expect.anything());
                    if (r.status() < 300 && r.contentType().contains("json")) {
                        compare(failures, op, caller, label, r, texts, body);
                        Reply stored = readBack(op, caller, f, readTree(r.body()));
                        if (stored != null) {
                            compare(failures, op, caller, label + ", read back", stored, texts, body);
                        }
                    }
                    cases++;
                }
            }
        }
        assertTrue(cases > 0, "no text was tried");
        // the records now hold the text: every read, list, export and PDF of them must still work
        for (Operation op : walked()) {
            if (op.method().equals("GET")) {
                for (Caller caller : callers(op)) {
                    Reply r = call(op, caller, pathValues(op, f), requiredQuery(op), Map.of(), null, null);
                    check(failures, op, caller, "read after awkward text was stored", r, Expect.anything());
                }
            }
        }
        assertEquals(List.of(), failures, report(failures));
    }

    /** Each text property of what came back must be what was sent. */
    private static void compare(
            List<String> failures,
            Operation op,
            Caller caller,
            String label,
            Reply r,
            List<String> texts,
            Map<String, Object> sent) {
        JsonNode answer = readTree(r.body());
        for (String name : texts) {
            if (answer.path(name).isTextual() && !answer.path(name).asText().equals(sent.get(name))) {
                failures.add(line(
                        op,
                        caller,
                        label,
                        r,
                        name + " came back as " + json(answer.path(name).asText()) + " instead of "
                                + json(sent.get(name))));
            }
        }
    }

    /** The record a write made, read again: the same path for a replacement, the path with the new id for a creation. */
    private static Reply readBack(Operation op, Caller caller, Fixture f, JsonNode written) {
        Map<String, String> path = pathValues(op, f);
        JsonNode paths = contract().path("paths");
        if (op.method().equals("PUT") && paths.path(op.path()).has("get")) {
            return call(
                    new Operation(op.id(), "GET", op.path(), op.node()), caller, path, Map.of(), Map.of(), null, null);
        }
        if (op.method().equals("POST") && written.path("id").isNumber()) {
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String candidate = it.next();
                if (candidate.startsWith(op.path() + "/{")
                        && candidate.indexOf('/', op.path().length() + 1) < 0
                        && paths.path(candidate).has("get")) {
                    String url = url(op, path) + "/" + written.path("id").asLong();
                    return call(
                            new Operation(op.id(), "GET", url, op.node()),
                            caller,
                            Map.of(),
                            Map.of(),
                            Map.of(),
                            null,
                            null);
                }
            }
        }
        return null;
    }

    @Test
    public void hostileQueryParametersAreRefusedClearly() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : walked()) {
            List<JsonNode> params = params(op, "query");
            params.addAll(params(op, "header"));
            if (params.isEmpty()) {
                continue;
            }
            for (Caller caller : callers(op)) {
                for (JsonNode p : params) {
                    String name = p.path("name").asText();
                    for (Map.Entry<String, Expect> value : badQueryValues(p).entrySet()) {
                        Expect expect = value.getValue();
                        if (!expect.statuses().isEmpty()
                                && !params(op, "path").isEmpty()
                                && (url(op, pathValues(op, f)).contains(Long.toString(NO_SUCH))
                                        || caller.name().equals("BRANCH"))) {
                            // the parent record is checked first: it does not exist, or is not yet open to a branch
                            Set<Integer> statuses = new java.util.HashSet<>(expect.statuses());
                            statuses.addAll(Set.of(403, 404));
                            expect = new Expect(statuses, expect.field());
                        }
                        Map<String, String> query = new HashMap<>(requiredQuery(op));
                        query.remove(name);
                        Map<String, String> headers = new HashMap<>();
                        ("header".equals(p.path("in").asText()) ? headers : query).put(name, value.getKey());
                        Reply r = call(op, caller, pathValues(op, f), query, headers, validBody(op, caller, f));
                        String shown =
                                value.getKey().length() > 40 ? value.getKey().length() + " characters" : value.getKey();
                        check(failures, op, caller, p.path("in").asText() + " " + name + "=" + shown, r, expect);
                        cases++;
                    }
                }
            }
        }
        assertTrue(cases > 0, "no query parameter was tried");
        assertEquals(List.of(), failures, report(failures));
    }

    @Test
    public void formAndMultipartBodiesThatAreIncompleteAreRefusedClearly() throws IOException {
        Fixture f = fixture();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int operations = 0;
        for (Operation op : walked()) {
            String type = bodyType(op);
            if (type == null || type.contains("json")) {
                continue;
            }
            operations++;
            for (Caller caller : callers(op)) {
                Map<String, String> path = pathValues(op, f);
                if (type.startsWith("multipart/")) {
                    if (op.id().equals("uploadAttachment")) {
                        path.put("id", Long.toString(f.uploadDeliverableId()));
                    }
                    String url = url(op, path);
                    check(
                            failures,
                            op,
                            caller,
                            "no file part",
                            spec(caller).multiPart("version", "1").post(url),
                            Expect.invalid("file"));
                    check(
                            failures,
                            op,
                            caller,
                            "empty file",
                            spec(caller)
                                    .multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                                    .post(url),
                            Expect.invalid("file"));
                    boolean attachment = op.id().equals("uploadAttachment");
                    if (attachment) {
                        check(
                                failures,
                                op,
                                caller,
                                "version=abc",
                                spec(caller)
                                        .multiPart("file", "a.pdf", pdf(), "application/pdf")
                                        .multiPart("version", "abc")
                                        .post(url),
                                Expect.status(400));
                    }
                    check(
                            failures,
                            op,
                            caller,
                            "not a known kind of file",
                            spec(caller)
                                    .multiPart(
                                            "file",
                                            "a.pdf",
                                            "just text".getBytes(StandardCharsets.UTF_8),
                                            "application/pdf")
                                    .post(url),
                            Expect.status(415));
                    check(
                            failures,
                            op,
                            caller,
                            "JSON instead of multipart",
                            spec(caller)
                                    .contentType("application/json")
                                    .body("{}".getBytes(StandardCharsets.UTF_8))
                                    .post(url),
                            Expect.status(415));
                    check(
                            failures,
                            op,
                            caller,
                            "text/plain instead of multipart",
                            spec(caller)
                                    .contentType("text/plain")
                                    .body("file".getBytes(StandardCharsets.UTF_8))
                                    .post(url),
                            Expect.status(415));
                    cases += 6;
                    // an attachment keeps its file name: names as a phone may send them, a path, a right-to-left
                    // override, emoji cut by the limit (an import reads the file and keeps no name)
                    for (String name : attachment
                            ? List.of("../../etc/支部🎉\u202Efdp.exe.pdf", "A".repeat(149) + "🎉🎉.pdf")
                            : List.<String>of()) {
                        Reply r = upload(caller, url, name, pdf());
                        check(failures, op, caller, "file named " + name, r, Expect.status(201));
                        String stored = readTree(r.body())
                                .path("attachment")
                                .path("fileName")
                                .asText();
                        if (r.status() == 201 && (!wellFormed(stored) || stored.matches(".*[/\\\\\u202E].*"))) {
                            failures.add(line(op, caller, "file named " + name, r, "stored as " + json(stored)));
                        }
                        JsonNode listed = readTree(call(
                                        new Operation(op.id(), "GET", url.replace("/attachments", ""), op.node()),
                                        caller,
                                        Map.of(),
                                        Map.of(),
                                        Map.of(),
                                        null,
                                        null)
                                .body());
                        boolean found = false;
                        for (JsonNode a : listed.path("attachments")) {
                            found |= a.path("fileName").asText().equals(stored);
                        }
                        if (r.status() == 201 && !found) {
                            failures.add(line(op, caller, "file named " + name, r, "not read back as " + json(stored)));
                        }
                        cases++;
                    }
                } else {
                    String url = url(op, path);
                    check(
                            failures,
                            op,
                            caller,
                            "empty form",
                            spec(caller).contentType(type).post(url),
                            Expect.status(400));
                    check(
                            failures,
                            op,
                            caller,
                            "unknown grant",
                            spec(caller)
                                    .contentType(ContentType.URLENC)
                                    .formParam("grant_type", "password")
                                    .formParam("client_id", "x")
                                    .formParam("client_secret", "y")
                                    .post(url),
                            Expect.status(400));
                    check(
                            failures,
                            op,
                            caller,
                            "100 000 character fields",
                            spec(caller)
                                    .contentType(ContentType.URLENC)
                                    .formParam("grant_type", "client_credentials")
                                    .formParam("client_id", "a".repeat(100_000))
                                    .formParam("client_secret", "b".repeat(100_000))
                                    .formParam("scope", "c".repeat(100_000))
                                    .post(url),
                            Expect.status(400, 401, 413));
                    check(
                            failures,
                            op,
                            caller,
                            "JSON instead of a form",
                            spec(caller)
                                    .contentType("application/json")
                                    .body("{\"grant_type\":\"client_credentials\"}".getBytes(StandardCharsets.UTF_8))
                                    .post(url),
                            Expect.status(415));
                    cases += 4;
                }
            }
        }
        // Sign-in (a form) and uploads (multipart) are in the walks of their features; other areas have none.
        assertTrue(operations == 0 || cases > 0, "no form or multipart body was tried");
        assertEquals(List.of(), failures, report(failures));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Methods and media types the operation does not take

    @Test
    public void otherMethodsAndMediaTypesAreProblemsToo() throws IOException {
        Fixture f = fixture();
        Caller admin = new Caller("ADMIN", f.adminToken());
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Operation op : walked()) {
            Map<String, String> path = pathValues(op, f);
            // a method the path does not have: JAX-RS answers 405 on some paths and 404 on others, a problem either way
            Operation patch = new Operation(op.id(), "PATCH", op.path(), op.node());
            check(
                    failures,
                    op,
                    admin,
                    "PATCH",
                    call(
                            patch,
                            admin,
                            path,
                            Map.of(),
                            Map.of(),
                            "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8)),
                    Expect.status(404, 405));
            if (op.method().equals("GET")) {
                for (Caller caller : callers(op)) {
                    check(
                            failures,
                            op,
                            caller,
                            "Accept: application/xml",
                            call(op, caller, path, requiredQuery(op), Map.of("Accept", "application/xml"), null, null),
                            Expect.status(406));
                    // what generated clients send: the problem type alone, or with JSON; never refused as unacceptable
                    for (String accept :
                            List.of("application/problem+json", "application/json, application/problem+json")) {
                        Reply r = call(op, caller, path, requiredQuery(op), Map.of("Accept", accept), null, null);
                        if (r.status() == 406 || r.status() >= 500) {
                            failures.add(line(
                                    op, caller, "Accept: " + accept, r, "refused what a generated client accepts"));
                        }
                    }
                    cases++;
                }
            }
            cases++;
        }
        assertTrue(cases > 0, "no operation was tried");
        assertEquals(List.of(), failures, report(failures));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checking one response

    private static void check(
            List<String> failures, Operation op, Caller caller, String label, Response r, Expect expect) {
        check(failures, op, caller, label, reply(r), expect);
    }

    static void check(List<String> failures, Operation op, Caller caller, String label, Reply r, Expect expect) {
        int status = r.status();
        if (status == 0) {
            failures.add(line(op, caller, label, r, "no answer"));
            return;
        }
        if (status >= 500) {
            failures.add(line(op, caller, label, r, "server error"));
            return;
        }
        if (!expect.statuses().isEmpty() && !expect.statuses().contains(status)) {
            failures.add(line(op, caller, label, r, "expected " + expect.statuses()));
            return;
        }
        if (status < 400) {
            return;
        }
        String type = r.contentType();
        // the OAuth 2 token endpoint answers RFC 6749 errors (application/json) that carry the problem members too
        boolean tokenError = "createClientToken".equals(op.id())
                && type.startsWith("application/json")
                && readTree(r.body()).hasNonNull("error");
        if (!type.startsWith("application/problem+json") && !tokenError) {
            failures.add(line(op, caller, label, r, "Content-Type " + type));
            return;
        }
        JsonNode problem = readTree(r.body());
        if (problem.path("status").asInt() != status) {
            failures.add(line(op, caller, label, r, "problem status " + problem.path("status")));
        }
        if (problem.path("title").asText().isBlank()) {
            failures.add(line(op, caller, label, r, "problem without a title"));
        }
        if (problem.path("detail").asText().isBlank()
                && problem.path("fieldErrors").isEmpty()) {
            failures.add(line(op, caller, label, r, "problem without a message"));
        }
        if (expect.field() != null && status == 400) {
            List<String> fields = new ArrayList<>();
            problem.path("fieldErrors").forEach(e -> fields.add(e.path("field").asText()));
            List<String> wanted = expect.field().startsWith("@")
                    ? List.of(expect.field().substring(1).split(","))
                    : List.of(expect.field());
            boolean named = fields.stream()
                    .anyMatch(field -> wanted.stream()
                            .anyMatch(w -> field.equals(w) || field.startsWith(w + ".") || field.startsWith(w + "[")));
            if (!named) {
                failures.add(line(op, caller, label, r, "no field error naming " + wanted));
            }
        }
    }

    private static String line(Operation op, Caller caller, String label, Reply r, String why) {
        String body = r.body().replace('\n', ' ');
        return op.id() + " [" + caller.name() + "] " + label + ": " + r.status() + " " + why + " | "
                + (body.length() > 240 ? body.substring(0, 240) + "…" : body);
    }

    protected static String report(List<String> failures) {
        return failures.size() + " responses break the house rule for bad input:\n  " + String.join("\n  ", failures)
                + "\n";
    }

    /** Sends a change that must be refused with {@code status}. */
    protected static void refuse(
            List<String> failures, String token, String method, String url, Map<String, Object> body, int status) {
        RequestSpecification request = given().config(RAW).auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(json(body).getBytes(StandardCharsets.UTF_8));
        } else {
            request.multiPart("file", "empty.pdf", new byte[0], "application/pdf");
        }
        Response r = request.request(method, url);
        if (r.statusCode() != status || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            String shown = body == null ? "empty file" : json(body);
            failures.add(method + " " + url + " " + (shown.length() > 160 ? shown.substring(0, 160) + "…" : shown)
                    + ": " + r.statusCode() + " (expected " + status + ") " + r.asString());
        }
    }

    protected static Map<String, Object> get(String token, String url) {
        return given().auth()
                .oauth2(token)
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Calling an operation

    private static Reply call(
            Operation op,
            Caller caller,
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            Map<String, Object> body) {
        String type = bodyType(op);
        if (type == null) {
            return call(op, caller, path, query, headers, null, null);
        }
        if (type.startsWith("multipart/")) {
            return reply(spec(caller)
                    .queryParams(query)
                    .headers(headers)
                    .multiPart("file", "a.pdf", pdf(), "application/pdf")
                    .request(op.method(), url(op, path)));
        }
        if (!type.contains("json")) {
            return call(
                    op,
                    caller,
                    path,
                    query,
                    headers,
                    type,
                    "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII));
        }
        return call(
                op, caller, path, query, headers, "application/json", json(body).getBytes(StandardCharsets.UTF_8));
    }

    /** One plain HTTP call on a kept-alive connection: the walk makes thousands. */
    static Reply call(
            Operation op,
            Caller caller,
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            byte[] body) {
        StringBuilder uri = new StringBuilder(RestAssured.baseURI + ":" + RestAssured.port + url(op, path));
        char separator = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            uri.append(separator)
                    .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(Duration.ofSeconds(60))
                .method(op.method(), body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (caller.token() != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> r = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Reply(0, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of one file part, written as a browser does (the file name as raw UTF-8). */
    private static Reply upload(Caller caller, String url, String fileName, byte[] content) {
        String boundary = "----hostile" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call(
                new Operation("upload", "POST", url, JSON.createObjectNode()),
                caller,
                Map.of(),
                Map.of(),
                Map.of(),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i))
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Reply reply(Response r) {
        return new Reply(r.statusCode(), r.contentType() == null ? "" : r.contentType(), r.asString());
    }

    private static RequestSpecification spec(Caller caller) {
        RequestSpecification request =
                given().config(RAW).redirects().follow(false).urlEncodingEnabled(true);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        return request;
    }

    private static String url(Operation op, Map<String, String> path) {
        String url = op.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", p.getValue());
        }
        return url;
    }

    /** The callers of the walk who may call the operation: committee staff, a branch, else the role that may. */
    private static List<Caller> callers(Operation op) throws IOException {
        return callers(rules().get(op.id()));
    }

    static List<Caller> callers(Set<String> allowed) {
        List<Caller> callers = new ArrayList<>();
        if (allowed == null) {
            return callers;
        }
        if (allowed.contains("PUBLIC")) {
            callers.add(new Caller("anonymous", null));
            return callers;
        }
        Fixture f = fixture();
        if (allowed.contains("ADMIN")) {
            callers.add(new Caller("ADMIN", f.adminToken()));
        }
        if (allowed.contains("BRANCH") || allowed.contains("BRANCH_OWN")) {
            callers.add(new Caller("BRANCH", f.branchToken()));
        }
        if (callers.isEmpty() && allowed.contains("ASSESSOR")) {
            callers.add(new Caller("ASSESSOR", f.assessorToken()));
        }
        if (callers.isEmpty() && allowed.contains("VIEWER")) {
            callers.add(new Caller("VIEWER", Tokens.viewer()));
        }
        if (callers.isEmpty() && allowed.contains("AUDITOR")) {
            callers.add(new Caller("AUDITOR", Tokens.auditor()));
        }
        return callers;
    }

    /** The operations of this walk's area, as openapi.yaml tags them. */
    private List<Operation> walked() throws IOException {
        List<Operation> ops = RbacMatrixTest.operations().values().stream()
                .filter(o -> !EXCLUDED.containsKey(o.id()))
                .filter(o -> area().tags().contains(tag(o)))
                .toList();
        assertFalse(ops.isEmpty(), "the walk found no operations of " + area() + " in openapi.yaml");
        return ops;
    }

    static String tag(Operation op) {
        return op.node().path("tags").path(0).asText();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Real ids where they matter

    /** Real ids for the path: the fixture's campaign, branch, deliverable...; ids of records it lacks are unknown ids. */
    private static Map<String, String> pathValues(Operation op, Fixture f) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] segments = op.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (!s.startsWith("{")) {
                continue;
            }
            String name = s.substring(1, s.indexOf('}'));
            JsonNode choices = enumOf(op, name);
            if (choices != null) {
                // a path parameter that names one of a fixed set (a kind, a language) takes the first
                values.put(name, choices.path(0).asText());
                continue;
            }
            long id = switch (name) {
                case "campaignId" -> f.campaignId();
                case "branchId" -> f.branchId();
                case "phaseId" -> f.phaseId();
                case "id" ->
                    switch (segments[i - 1]) {
                        case "branches" -> f.branchId();
                        case "campaigns" -> f.campaignId();
                        case "accounts" -> f.accountId();
                        case "deliverables" -> f.deliverableId();
                        case "scoresheets" -> f.scoresheetId();
                        case "site-visits" -> f.siteVisitId();
                        case "phases" -> f.phaseId();
                        case "standards" -> f.standardId();
                        case "deliverable-types" -> f.typeId();
                        case "organisations" -> app.chuangxian.organisation.Organisation.ROOT_ID;
                        default -> NO_SUCH;
                    };
                default -> NO_SUCH;
            };
            values.put(name, Long.toString(id));
        }
        return values;
    }

    /** The values a path parameter may take when it is one of a fixed set; null for an id. */
    private static JsonNode enumOf(Operation op, String name) {
        for (JsonNode p : params(op, "path")) {
            if (name.equals(p.path("name").asText())) {
                JsonNode schema = schema(p.path("schema"));
                return schema.has("enum") ? schema.path("enum") : null;
            }
        }
        return null;
    }

    /** Required query parameters with a harmless value: a version no record has. */
    private static Map<String, String> requiredQuery(Operation op) {
        Map<String, String> query = new HashMap<>();
        for (JsonNode p : params(op, "query")) {
            if (p.path("required").asBoolean()) {
                query.put(p.path("name").asText(), Long.toString(STALE));
            }
        }
        return query;
    }

    private static Map<String, Object> idProperties(Fixture f) {
        Map<String, Object> ids = new HashMap<>();
        ids.put("branchId", f.branchId());
        ids.put("typeId", f.recordTypeId());
        ids.put("phaseId", f.phaseId());
        ids.put("indicatorId", f.indicatorId());
        ids.put("standardId", f.standardId());
        ids.put("assessorId", f.assessorId());
        ids.put("campaignId", f.campaignId());
        ids.put("siteVisitId", f.siteVisitId());
        ids.put("branchIds", List.of(f.branchId()));
        ids.put("assessorIds", List.of(f.assessorId()));
        ids.put("parentId", app.chuangxian.organisation.Organisation.ROOT_ID);
        ids.put("organisationId", app.chuangxian.organisation.Organisation.ROOT_ID);
        return ids;
    }

    /**
     * A body the operation accepts as far as its schema goes, so that only the hostile part of a case is wrong: for a
     * replacement (PUT) the record as it is now, with its current version; for the creations the walk makes for real a
     * hand-written body; otherwise one built from the schema, with a version no record has.
     */
    private static Map<String, Object> validBody(Operation op, Caller caller, Fixture f) {
        String type = bodyType(op);
        if (type == null || !type.contains("json")) {
            return null;
        }
        Supplier<Map<String, Object>> written = WRITTEN.get(op.id());
        if (written != null) {
            return written.get();
        }
        JsonNode schema =
                schema(op.node().path("requestBody").path("content").path(type).path("schema"));
        Object value = validValue(schema, null, f);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        if (op.method().equals("PUT")
                && contract().path("paths").path(op.path()).has("get")) {
            Reply current = call(
                    new Operation(op.id(), "GET", op.path(), op.node()),
                    caller,
                    pathValues(op, f),
                    Map.of(),
                    Map.of(),
                    null,
                    null);
            if (current.status() == 200) {
                JsonNode now = readTree(current.body());
                properties(schema).forEach((name, ps) -> {
                    Object read = now.has(name) ? project(schema(ps), now.get(name)) : null;
                    // an empty list read back (a leading group without members) leaves the built one
                    if (read != null
                            && !(read instanceof List<?> l && l.isEmpty())
                            && !schema(ps).path("readOnly").asBoolean()) {
                        body.put(name, read);
                    }
                });
            }
        }
        return body;
    }

    /** A value read from the API as the request schema has it: properties the request does not take dropped. */
    private static Object project(JsonNode schema, JsonNode value) {
        if (value.isObject() && "object".equals(kind(schema)) && schema.has("properties")) {
            Map<String, Object> out = new LinkedHashMap<>();
            properties(schema).forEach((name, ps) -> {
                if (value.has(name)) {
                    out.put(name, project(schema(ps), value.get(name)));
                }
            });
            return out;
        }
        if (value.isArray() && "array".equals(kind(schema))) {
            List<Object> out = new ArrayList<>();
            value.forEach(item -> out.add(project(schema(schema.path("items")), item)));
            return out;
        }
        return JSON.convertValue(value, Object.class);
    }

    private static final Map<String, Supplier<Map<String, Object>>> WRITTEN = Map.of(
            "createBranch", Samples::branchBody,
            "createCampaign", CampaignSamples::campaignBody,
            "createDeliverable", () -> DeliverableFixture.draftBody(fixture().recordTypeId(), Map.of()),
            "createSiteVisit", () -> siteVisitBody(fixture()),
            "createPhase",
                    () -> {
                        // a phase of its own after the fixture's two, so that the phases do not overlap
                        int n = Samples.unique("").hashCode() & 0x3f;
                        return CampaignSamples.phaseBody(
                                10 + (n % 40),
                                Samples.unique("P").toUpperCase(),
                                (2040 + n) + "-01-01",
                                (2040 + n) + "-01-31");
                    },
            "createAccount",
                    () -> new HashMap<>(Map.of(
                            "username",
                            Samples.unique("u").toLowerCase(),
                            "displayName",
                            "测试账号",
                            "roles",
                            List.of("VIEWER"),
                            "password",
                            "Temp@2026x")),
            "createApiClient", () -> new HashMap<>(Map.of("name", "省委组织系统", "scopes", List.of("read"))),
            "createOrganisation",
                    () -> new HashMap<>(Map.of(
                            "parentId",
                            app.chuangxian.organisation.Organisation.ROOT_ID,
                            "level",
                            "COUNTY",
                            "name",
                            "县委会" + Samples.unique("o"),
                            "code",
                            Samples.unique("o"))),
            "recordConsensus",
                    () -> {
                        Fixture f = fixture();
                        return new HashMap<>(Map.of(
                                "reason",
                                "实地调研核实",
                                "participants",
                                "王评, 李评",
                                "standards",
                                List.of(Map.of("standardId", f.standardId(), "points", 5))));
                    });

    private static Map<String, Object> siteVisitBody(Fixture f) {
        Map<String, Object> body = new HashMap<>();
        body.put("branchId", f.branchId());
        body.put("visitedOn", "2026-03-02");
        body.put("visitors", "组织部 王主任");
        body.put("findings", "记录齐全");
        body.put("followUps", "继续跟进");
        return body;
    }

    protected static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        DeliverableFixture.World w = DeliverableFixture.world();
        long deliverable = DeliverableFixture.draft(w, w.branchA(), w.plan(), DeliverableFixture.planFields());
        long upload = DeliverableFixture.draft(w, w.branchA(), w.record(), Map.of());
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Standard s = new Standard();
            s.campaignId = w.campaignId();
            s.seq = 1;
            s.code = "STUDY";
            s.name = "重视学习";
            s.maxPoints = new BigDecimal("10");
            s.persist();
            Indicator i = new Indicator();
            i.campaignId = w.campaignId();
            i.standardId = s.id;
            i.seq = 1;
            i.code = Samples.unique("HI");
            i.name = "考核细则";
            i.maxPoints = new BigDecimal("10");
            i.persist();
            Account assessor = account("ASSESSOR", null);
            Account other = account("VIEWER", null);
            Account admin = account("ADMIN", null);
            Account branch = account("BRANCH", w.branchA());
            AssessorAssignment a = new AssessorAssignment();
            a.campaignId = w.campaignId();
            a.branchId = w.branchA();
            a.assessorId = assessor.id;
            a.assignedBy = "fixture";
            a.persist();
            Scoresheet sheet = new Scoresheet();
            sheet.campaignId = w.campaignId();
            sheet.branchId = w.branchA();
            sheet.assessorId = assessor.id;
            sheet.scores.add(new ScoreLine(i.id, new BigDecimal("8"), "评语"));
            sheet.total = new BigDecimal("8");
            sheet.persist();
            return new long[] {s.id, i.id, assessor.id, sheet.id, other.id, admin.id, branch.id};
        });
        String assessorToken = token(ids[2], "ASSESSOR", null);
        String adminToken = token(ids[5], "ADMIN", null);
        String branchToken = token(ids[6], "BRANCH", w.branchA());
        Fixture partial = new Fixture(
                w.campaignId(),
                w.phase1(),
                w.branchA(),
                w.plan(),
                w.record(),
                deliverable,
                upload,
                ids[0],
                ids[1],
                ids[2],
                assessorToken,
                ids[3],
                0,
                ids[4],
                adminToken,
                branchToken);
        long siteVisit = ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(siteVisitBody(partial))
                        .post("/api/v1/campaigns/{c}/site-visits", w.campaignId())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        fixture = new Fixture(
                w.campaignId(),
                w.phase1(),
                w.branchA(),
                w.plan(),
                w.record(),
                deliverable,
                upload,
                ids[0],
                ids[1],
                ids[2],
                assessorToken,
                ids[3],
                siteVisit,
                ids[4],
                adminToken,
                branchToken);
        return fixture;
    }

    /** A token of a real account, as sign-in issues it, so that operations on "my account" have one to act on. */
    private static String token(long accountId, String role, Long branchId) {
        String username = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId).username);
        return Tokens.account(username, Set.of(role), accountId, branchId);
    }

    private static Account account(String role, Long branchId) {
        Account a = new Account();
        a.username = Samples.unique("hostile").toLowerCase();
        a.displayName = "测试账号" + a.username;
        a.passwordHash = "x";
        a.roles = role;
        a.branchId = branchId;
        a.mustChangePassword = false;
        a.persist();
        return a;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading the contract

    private static synchronized Map<String, Set<String>> rules() throws IOException {
        if (rules == null) {
            rules = RbacMatrixTest.rules();
        }
        return rules;
    }

    private static synchronized JsonNode contract() {
        if (contract == null) {
            try {
                contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contract;
    }

    private static String bodyType(Operation op) {
        JsonNode content = op.node().path("requestBody").path("content");
        return content.isObject() && content.fieldNames().hasNext()
                ? content.fieldNames().next()
                : null;
    }

    private static List<JsonNode> params(Operation op, String in) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            if (in.equals(p.path("in").asText())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The schema with {@code $ref} and {@code anyOf: [x, null]} resolved; keys beside a reference win. */
    private static JsonNode schema(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return JSON.createObjectNode();
        }
        if (node.has("$ref")) {
            ObjectNode merged = schema(contract().at(node.get("$ref").asText().substring(1)))
                    .deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        if (node.has("allOf") && node.get("allOf").size() == 1) {
            // a reference with a description beside it is written as allOf of the one reference
            ObjectNode merged = schema(node.get("allOf").get(0)).deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("allOf")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            if (node.has(alternatives)) {
                for (JsonNode alternative : node.get(alternatives)) {
                    if (!"null".equals(alternative.path("type").asText())) {
                        ObjectNode merged = schema(alternative).deepCopy();
                        node.fields().forEachRemaining(e -> {
                            if (!e.getKey().equals(alternatives) && !e.getKey().equals("type")) {
                                merged.set(e.getKey(), e.getValue());
                            }
                        });
                        return merged;
                    }
                }
            }
        }
        return node;
    }

    /** string, date, date-time, enum, integer, number, boolean, array or object. */
    private static String kind(JsonNode s) {
        if (s.has("enum")) {
            return "enum";
        }
        String type = s.path("type").asText();
        if (s.path("type").isArray()) {
            for (JsonNode t : s.path("type")) {
                if (!"null".equals(t.asText())) {
                    type = t.asText();
                }
            }
        }
        if (type.isEmpty()) {
            return s.has("properties") || s.has("additionalProperties") ? "object" : "any";
        }
        if ("string".equals(type) && s.has("format")) {
            return switch (s.path("format").asText()) {
                case "date" -> "date";
                case "date-time" -> "date-time";
                default -> "string";
            };
        }
        return type;
    }

    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Text properties anyone may fill freely: no enum, format or pattern beyond "not blank", and not an e-mail address
     * or a password, whose own rules would refuse the text before it reaches the database.
     */
    private static List<String> freeTextProperties(JsonNode schema) {
        List<String> out = new ArrayList<>();
        properties(schema).forEach((name, raw) -> {
            JsonNode s = schema(raw);
            String pattern = s.path("pattern").asText("");
            String lower = name.toLowerCase();
            if ("string".equals(kind(s))
                    && !s.path("readOnly").asBoolean()
                    && (pattern.isEmpty() || pattern.equals("\\S"))
                    && !lower.endsWith("email")
                    && !lower.contains("password")) {
                out.add(name);
            }
        });
        return out;
    }

    private static boolean hasNestedText(JsonNode schema) {
        return properties(schema).values().stream()
                .map(HostileInputWalk::schema)
                .anyMatch(ps -> "array".equals(kind(ps))
                        && !freeTextProperties(schema(ps.path("items"))).isEmpty());
    }

    /** The body with {@code text} (cut to the maxLength) in every free text property, also of the items of lists. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withText(JsonNode schema, Map<String, Object> base, String text) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        for (String name : freeTextProperties(schema)) {
            int max = schema(properties(schema).get(name)).path("maxLength").asInt(Integer.MAX_VALUE);
            body.put(name, text.length() > max ? text.substring(0, max) : text);
        }
        properties(schema).forEach((name, raw) -> {
            JsonNode items = schema(schema(raw).path("items"));
            if (body.get(name) instanceof List<?> list && "object".equals(kind(items))) {
                body.put(
                        name,
                        list.stream()
                                .map(item -> item instanceof Map<?, ?> m
                                        ? withText(items, (Map<String, Object>) m, text)
                                        : item)
                                .toList());
            }
        });
        return body;
    }

    private static boolean hasMaxLength(JsonNode s) {
        return s.has("maxLength")
                || s.path("items").has("maxLength")
                || schema(s.path("items")).has("maxLength");
    }

    private static Object validValue(JsonNode raw, String name, Fixture f) {
        Map<String, Object> ids = idProperties(f);
        if (name != null && ids.containsKey(name)) {
            return ids.get(name);
        }
        if ("version".equals(name)) {
            return STALE;
        }
        if (name != null && name.toLowerCase().endsWith("email")) {
            return "branch@example.org";
        }
        JsonNode s = schema(raw);
        JsonNode example = s.path("examples").path(0);
        switch (kind(s)) {
            case "enum":
                return s.path("enum").path(0).asText();
            case "date":
                return "2026-03-01";
            case "date-time":
                return "2026-03-01T08:00:00Z";
            case "integer":
            case "number":
                return example.isNumber()
                        ? example.numberValue()
                        : s.has("minimum") ? s.path("minimum").numberValue() : 1;
            case "boolean":
                return true;
            case "array":
                if (example.isArray()) {
                    return JSON.convertValue(example, List.class);
                }
                String item = name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : null;
                return List.of(validValue(s.path("items"), item, f));
            case "object": {
                Map<String, Object> out = new LinkedHashMap<>();
                properties(s).forEach((prop, ps) -> {
                    if (!schema(ps).path("readOnly").asBoolean()) {
                        out.put(prop, validValue(ps, prop, f));
                    }
                });
                return out;
            }
            default:
                return validText(s, example);
        }
    }

    private static String validText(JsonNode s, JsonNode example) {
        String pattern = s.path("pattern").asText("");
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        List<String> candidates = new ArrayList<>();
        if (!pattern.isEmpty() && !pattern.equals("\\S")) {
            String unique = Samples.unique("");
            candidates.addAll(List.of("T" + unique, "t" + unique, "13812345678"));
        }
        if (example.isTextual()) {
            candidates.add(example.asText());
        }
        candidates.add("测试文本");
        Pattern compiled = pattern.isEmpty() ? null : Pattern.compile(pattern);
        for (String c : candidates) {
            if (c.length() <= max && (compiled == null || compiled.matcher(c).find())) {
                return c;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    /** Values of the wrong type: an object where text is expected, text where anything else is. */
    private static List<Object> wrongValues(JsonNode s) {
        return switch (kind(s)) {
            case "string", "date", "date-time" -> List.of(Map.of("x", 1), List.of("a", "b"));
            case "enum" -> List.of(Map.of("x", 1), "NO_SUCH_VALUE");
            case "integer", "number" -> List.of("abc", Map.of("x", 1));
            case "boolean" -> List.of("abc");
            case "array" -> {
                String itemKind = kind(schema(s.path("items")));
                yield itemKind.equals("enum") ? List.of("abc", List.of("NO_SUCH_VALUE")) : List.of("abc");
            }
            case "object" -> List.of("abc", List.of(1));
            default -> List.of();
        };
    }

    /** Numbers out of every range: past the largest long, and with exponents no column holds. */
    private static List<Object> extremeNumbers(JsonNode s) {
        return switch (kind(s)) {
            case "integer" -> List.of(new java.math.BigInteger("9223372036854775808"), new BigDecimal("1e30"), 1.5);
            case "number" ->
                List.of(
                        new BigDecimal("1e400"),
                        new BigDecimal("-1e400"),
                        new BigDecimal("1e-400"),
                        new BigDecimal("1e999999999"));
            default -> List.of();
        };
    }

    /** One wrong value inside the items (or properties) of an array of objects, keyed by where it sits. */
    private static Map<String, Object> nestedWrongValues(JsonNode s, Fixture f) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode items = schema(s.path("items"));
        if (!"array".equals(kind(s)) || !"object".equals(kind(items))) {
            return out;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> valid = (Map<String, Object>) validValue(items, null, f);
        properties(items).forEach((name, raw) -> {
            JsonNode ps = schema(raw);
            for (Object wrong : wrongValues(ps)) {
                out.put("[0]." + name + " = " + describe(wrong), List.of(with(valid, name, wrong)));
            }
            if (ps.has("maxLength")) {
                out.put(
                        "[0]." + name + " over maxLength",
                        List.of(with(
                                valid, name, "A".repeat(ps.path("maxLength").asInt() + 1))));
            }
        });
        return out;
    }

    /** Text one character over the schema's maxLength and 100 000 characters, for text and lists of text. */
    private static Map<String, Object> tooLongValues(JsonNode s, Fixture f) {
        Map<String, Object> out = new LinkedHashMap<>();
        String kind = kind(s);
        if ("string".equals(kind)) {
            if (s.has("maxLength")) {
                out.put("over maxLength", "A".repeat(s.path("maxLength").asInt() + 1));
            }
            out.put("of 100 000 characters", "A".repeat(100_000));
        } else if ("array".equals(kind) && "string".equals(kind(schema(s.path("items"))))) {
            JsonNode items = schema(s.path("items"));
            if (items.has("maxLength")) {
                out.put(
                        "item over maxLength",
                        List.of("A".repeat(items.path("maxLength").asInt() + 1)));
            }
            out.put("item of 100 000 characters", List.of("A".repeat(100_000)));
        }
        if (s.has("maxItems") && !"object".equals(kind(schema(s.path("items"))))) {
            int n = s.path("maxItems").asInt() + 1;
            Object one = validValue(s.path("items"), null, f);
            List<Object> many = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // distinct items, so that a set does not fold them into one
                many.add(
                        !s.path("uniqueItems").asBoolean()
                                ? one
                                : one instanceof Number ? (Object) (long) (i + 1) : "ITEM" + i);
            }
            out.put("of " + n + " items (over maxItems)", many);
        }
        return out;
    }

    /** Hostile values of a query or header parameter, with what each must get. */
    private static Map<String, Expect> badQueryValues(JsonNode p) {
        String name = p.path("name").asText();
        JsonNode s = schema(p.path("schema"));
        Map<String, Expect> out = new LinkedHashMap<>();
        if ("header".equals(p.path("in").asText())) {
            // header values are ASCII on the wire
            out.put("A".repeat(3000), Expect.status(400));
            out.put("x'); DROP TABLE branches;-- <script>", Expect.anything());
            return out;
        }
        switch (name) {
            case "page" -> {
                out.put("0", Expect.invalid("page"));
                out.put("-1", Expect.invalid("page"));
                out.put("abc", Expect.invalid("page"));
                out.put("99999999999999999999", Expect.invalid("page"));
            }
            case "size" -> {
                out.put("0", Expect.invalid("size"));
                out.put("100000", Expect.invalid("size"));
                out.put("abc", Expect.invalid("size"));
            }
            case "sort" -> {
                out.put("noSuchField", Expect.invalid("sort"));
                out.put(";drop table x", Expect.invalid("sort"));
                out.put("-", Expect.invalid("sort"));
            }
            default -> {
                switch (kind(s)) {
                    case "enum" -> out.put("NO_SUCH_VALUE", Expect.invalid(name));
                    case "integer", "number" -> {
                        out.put("abc", Expect.invalid(name));
                        out.put("99999999999999999999", Expect.invalid(name));
                        out.put("-1", Expect.anything());
                    }
                    case "boolean" -> out.put("maybe", Expect.invalid(name));
                    case "date", "date-time" -> {
                        out.put("2026-02-30", Expect.invalid(name));
                        out.put("abc", Expect.invalid(name));
                    }
                    default -> {
                        out.put("A".repeat(3000), s.has("maxLength") ? Expect.invalid(name) : Expect.anything());
                        TEXTS.values().forEach(t -> out.put(t, Expect.anything()));
                    }
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small helpers

    protected static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> out = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base);
        out.put(key, value);
        return out;
    }

    private static String describe(Object value) {
        String s = json(value);
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static String json(Object value) {
        try {
            return WIRE.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static <V> Map<String, V> linked(Object... pairs) {
        Map<String, V> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) pairs[i + 1];
            out.put((String) pairs[i], value);
        }
        return out;
    }
}
