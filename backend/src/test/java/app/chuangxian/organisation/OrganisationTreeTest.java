package app.chuangxian.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.account.Account;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The organisation tree and the subtree rule (ADR 015): a province's staff act on its cities and nothing of another
 * province; a city's staff nothing of a sibling city; what is decided inside a campaign stays with the campaign's
 * organisation when a branch moves.
 */
@QuarkusTest
public class OrganisationTreeTest {
    static final String ORGS = "/api/v1/organisations";

    /** Two provinces; the first with two cities, the second with one; a branch and a campaign in every city. */
    public record Tree(
            long p1, long p2, long c1, long c2, long c3, long b1, long b2, long b3, long k1, long k2, long k3) {}

    private static Tree tree;

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Grown once, on first use (the application is up by then). */
    public static synchronized Tree tree() {
        if (tree == null) {
            tree = growTheTree();
        }
        return tree;
    }

    static Tree growTheTree() {
        nationalRoot();
        long p1 = create(Tokens.admin(), 1, "PROVINCE", "省委会");
        long p2 = create(Tokens.admin(), 1, "PROVINCE", "省委会");
        long c1 = create(Tokens.admin(), p1, "CITY", "市委会");
        long c2 = create(Tokens.admin(), p1, "CITY", "市委会");
        long c3 = create(Tokens.admin(), p2, "CITY", "市委会");
        return new Tree(
                p1,
                p2,
                c1,
                c2,
                c3,
                branchIn(c1),
                branchIn(c2),
                branchIn(c3),
                campaignOf(c1),
                campaignOf(c2),
                campaignOf(c3));
    }

    /** The tree of a national deployment starts at the centre: the root is made one (once). */
    public static void nationalRoot() {
        Map<String, Object> root = as(Tokens.admin())
                .get(ORGS + "/1")
                .then()
                .statusCode(200)
                .extract()
                .path("organisation");
        if (!"CENTRE".equals(root.get("level"))) {
            as(Tokens.admin())
                    .body(Map.of(
                            "level",
                            "CENTRE",
                            "name",
                            root.get("name"),
                            "code",
                            root.get("code"),
                            "version",
                            root.get("version")))
                    .put(ORGS + "/1")
                    .then()
                    .statusCode(200);
        }
    }

    public static long create(String token, long parent, String level, String name) {
        String code = Samples.unique("O");
        return ((Number) as(token)
                        .body(Map.of("parentId", parent, "level", level, "name", name + code, "code", code))
                        .post(ORGS)
                        .then()
                        .statusCode(201)
                        .body("organisation.parentId", is((int) parent))
                        .body("organisation.version", is(0))
                        .extract()
                        .path("organisation.id"))
                .longValue();
    }

    public static long branchIn(long organisation) {
        Map<String, Object> body = new HashMap<>(Samples.branchBody());
        body.put("organisationId", organisation);
        return ((Number) as(Tokens.admin())
                        .body(body)
                        .post("/api/v1/branches")
                        .then()
                        .statusCode(201)
                        .body("organisation.id", is((int) organisation))
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static long campaignOf(long organisation) {
        return ((Number) as(staffOf(organisation, "ADMIN"))
                        .body(CampaignSamples.campaignBody())
                        .post("/api/v1/campaigns")
                        .then()
                        .statusCode(201)
                        .body("organisation.id", is((int) organisation))
                        .extract()
                        .path("id"))
                .longValue();
    }

    /** A real staff account of the organisation and a token as sign-in issues it (naming the organisation). */
    public static String staffOf(long organisation, String role) {
        long id = account(organisation, role);
        return Jwt.upn("staff-" + id)
                .subject("staff-" + id)
                .groups(Set.of(role))
                .claim(CurrentUser.ACCOUNT_CLAIM, id)
                .claim(CurrentUser.ORGANISATION_CLAIM, organisation)
                .sign();
    }

    static long account(long organisation, String role) {
        return account(organisation, role, null);
    }

    static long account(long organisation, String role, Long branch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = Samples.unique("staff").toLowerCase();
            a.displayName = "工作人员";
            a.passwordHash = "x";
            a.roles = role;
            a.branchId = branch;
            a.organisationId = organisation;
            a.persist();
            return a.id;
        });
    }

    @Test
    void theTreeIsPagedSearchableAndEachOrganisationShowsTheWayDownToIt() {
        String province = staffOf(tree().p1(), "VIEWER");
        as(province)
                .get(ORGS + "?parentId={p}&sort=name", tree().p1())
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.id", contains((int) tree().c1(), (int) tree().c2()))
                .body("items.level", everyItem(equalTo("CITY")))
                .body("items.level", everyItem(is("CITY")));
        as(province).get(ORGS + "/{id}", tree().c3()).then().statusCode(404);
        as(Tokens.admin())
                .get(ORGS + "/{id}", tree().c3())
                .then()
                .body("organisation.branchCount", is(1))
                .body("organisation.childCount", is(0));
        as(Tokens.admin()).get(ORGS + "/{id}", tree().p2()).then().body("organisation.branchCount", is(1));
        // without a parent: the caller's whole subtree, the caller's own first
        as(province)
                .get(ORGS + "?size=100")
                .then()
                .statusCode(200)
                .body("items[0].id", is((int) tree().p1()))
                .body("items.id", hasItems((int) tree().c1(), (int) tree().c2()))
                .body("items.id", not(hasItem((int) tree().c3())))
                .body("items.id", not(hasItem((int) tree().p2())));
        String code = as(Tokens.admin())
                .get(ORGS + "/{id}", tree().c2())
                .then()
                .extract()
                .path("organisation.code");
        as(province).get(ORGS + "?q={q}", code.toLowerCase()).then().body("items.id", contains((int) tree().c2()));
        as(province).get(ORGS + "?level=PROVINCE").then().body("items.id", contains((int) tree().p1()));
        // the trail starts where the caller stands
        as(province).get(ORGS + "/{id}", tree().c1()).then().body("trail.id", contains((int) tree().p1()));
        as(Tokens.admin()).get(ORGS + "/{id}", tree().c1()).then().body("trail.id", contains(1, (int) tree().p1()));
        as(province)
                .get(ORGS + "/mine")
                .then()
                .statusCode(200)
                .body("organisation.id", is((int) tree().p1()))
                .body("trail", empty());
        as(province).get(ORGS + "?sort=path").then().statusCode(400).body("fieldErrors[0].field", is("sort"));
    }

    @Test
    void aProvinceReachesItsCitiesAndNothingOfAnotherProvince() {
        String province = staffOf(tree().p1(), "ADMIN");
        as(province).get(ORGS + "/{id}", tree().c3()).then().statusCode(404);
        as(province).get(ORGS + "?parentId={id}", tree().p2()).then().statusCode(404);
        as(province).get("/api/v1/branches/{id}", tree().b1()).then().statusCode(200);
        as(province).get("/api/v1/branches/{id}", tree().b3()).then().statusCode(404);
        as(province)
                .get("/api/v1/branches?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) tree().b2()))
                .body("items.id", not(hasItem((int) tree().b3())))
                .body("items.organisation.id", everyItem(org.hamcrest.Matchers.oneOf((int) tree().c1(), (int)
                        tree().c2())));
        as(province)
                .get("/api/v1/branches?organisationId={id}", tree().c1())
                .then()
                .body("items.id", hasItem((int) tree().b1()))
                .body("items.organisation.id", everyItem(is((int) tree().c1())));
        as(province)
                .get("/api/v1/branches?organisationId={id}", tree().c3())
                .then()
                .statusCode(404);
        as(province).get("/api/v1/campaigns/{id}", tree().k2()).then().statusCode(200);
        as(province).get("/api/v1/campaigns/{id}", tree().k3()).then().statusCode(404);
        as(province).get("/api/v1/campaigns/{id}/phases", tree().k3()).then().statusCode(404);
        as(province)
                .get("/api/v1/campaigns?size=100")
                .then()
                .body("items.id", hasItem((int) tree().k1()))
                .body("items.id", not(hasItem((int) tree().k3())));
        long other = account(tree().c3(), "VIEWER");
        as(province).get("/api/v1/accounts/{id}", other).then().statusCode(404);
        as(province)
                .get("/api/v1/accounts?size=100&organisationId={id}", tree().p1())
                .then()
                .statusCode(200)
                .body("items.organisation.id", not(hasItem((int) tree().c3())));
        as(province)
                .get("/api/v1/accounts?organisationId={id}", tree().p2())
                .then()
                .statusCode(404);
        // writes into another province are refused: to the province it does not exist
        as(province)
                .body(Map.of("parentId", tree().p2(), "level", "CITY", "name", "越界", "code", Samples.unique("X")))
                .post(ORGS)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("parentId"));
        Map<String, Object> body = new HashMap<>(Samples.branchBody());
        body.put("organisationId", tree().c3());
        as(province)
                .body(body)
                .post("/api/v1/branches")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("organisationId"));
    }

    @Test
    void aCityReachesNothingOfItsSiblingAndACampaignTakesOnlyItsOwnBranches() {
        String city = staffOf(tree().c1(), "ADMIN");
        as(city).get("/api/v1/branches/{id}", tree().b2()).then().statusCode(404);
        as(city).get("/api/v1/campaigns/{id}", tree().k2()).then().statusCode(404);
        as(city).get(ORGS + "/{id}", tree().p1()).then().statusCode(404);
        as(city).get("/api/v1/branches?size=100")
                .then()
                .body("items.id", hasItem((int) tree().b1()))
                .body("items.id", not(hasItem((int) tree().b2())))
                .body("items.organisation.id", everyItem(is((int) tree().c1())));
        // the sibling's branch cannot join this city's campaign: to the city it does not exist
        as(city).body(Map.of("branchId", tree().b2()))
                .post("/api/v1/campaigns/{id}/branches", tree().k1())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("branchId"));
        // the province sees both, and is told why
        as(staffOf(tree().p1(), "ADMIN"))
                .body(Map.of("branchId", tree().b2()))
                .post("/api/v1/campaigns/{id}/branches", tree().k1())
                .then()
                .statusCode(409)
                .body("code", is("BRANCH_OUTSIDE_ORGANISATION"));
        as(city).body(Map.of("branchId", tree().b1()))
                .post("/api/v1/campaigns/{id}/branches", tree().k1())
                .then()
                .statusCode(201);
        // an account is placed in the subtree only
        Map<String, Object> account = new HashMap<>(Map.of(
                "username", Samples.unique("u").toLowerCase(),
                "displayName", "越界账号",
                "roles", List.of("VIEWER"),
                "password", "Temp@2026x",
                "organisationId", tree().c2()));
        as(city).body(account)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("organisationId"));
        account.put("organisationId", tree().c1());
        as(city).body(account).post("/api/v1/accounts").then().statusCode(201).body("organisation.id", is((int)
                tree().c1()));
        // its audit log holds its own organisation's events (the campaign it created), not the sibling's
        as(staffOf(tree().c1(), "AUDITOR"))
                .get("/api/v1/audit-events?size=100&entityType=Campaign")
                .then()
                .statusCode(200)
                .body("items.entityId", hasItem(String.valueOf(tree().k1())))
                .body("items.entityId", not(hasItem(String.valueOf(tree().k2()))))
                .body("items.organisation.id", everyItem(is((int) tree().c1())));
    }

    @Test
    void aBranchMovesWithItsAccountsAndKeepsItsHistory() {
        long branch = branchIn(tree().c1());
        long chair = account(tree().c1(), "BRANCH", branch);
        String city1 = staffOf(tree().c1(), "ADMIN");
        as(city1)
                .body(Map.of("branchId", branch))
                .post("/api/v1/campaigns/{id}/branches", tree().k1())
                .then()
                .statusCode(201);
        Map<String, Object> current =
                as(city1).get("/api/v1/branches/{id}", branch).then().extract().as(Map.class);
        Map<String, Object> move = new HashMap<>(current);
        move.keySet().retainAll(Samples.branchBody().keySet());
        move.put("version", current.get("version"));
        move.put("organisationId", tree().c2());
        // the city cannot hand it to a sibling it does not reach
        as(city1)
                .body(move)
                .put("/api/v1/branches/{id}", branch)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("organisationId"));
        as(staffOf(tree().p1(), "ADMIN"))
                .body(move)
                .put("/api/v1/branches/{id}", branch)
                .then()
                .statusCode(200)
                .body("organisation.id", is((int) tree().c2()));
        as(city1).get("/api/v1/branches/{id}", branch).then().statusCode(404);
        as(staffOf(tree().c2(), "VIEWER"))
                .get("/api/v1/branches/{id}", branch)
                .then()
                .statusCode(200);
        // its part in the old city's campaign stays where it was decided
        as(city1)
                .get("/api/v1/campaigns/{id}/branches?size=100", tree().k1())
                .then()
                .body("items.branchId", hasItem((int) branch));
        Account moved = QuarkusTransaction.requiringNew().call(() -> Account.findById(chair));
        assertEquals(tree().c2(), moved.organisationId);
        assertEquals(1L, moved.authVersion, "the chair's earlier tokens end");
    }

    @Test
    void organisationWritesAreCheckedAndConflictsAreClear() {
        String province = staffOf(tree().p1(), "ADMIN");
        as(province)
                .body(Map.of("parentId", tree().p1(), "level", "PROVINCE", "name", "同级", "code", Samples.unique("L")))
                .post(ORGS)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("level"));
        as(province)
                .body(Map.of("parentId", tree().p1(), "level", "CITY", "name", "", "code", "bad code!"))
                .post(ORGS)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", containsInAnyOrder("name", "code"));
        long county = create(province, tree().c1(), "COUNTY", "区委会");
        Map<String, Object> read =
                as(province).get(ORGS + "/{id}", county).then().extract().path("organisation");
        String code = (String) read.get("code");
        as(province)
                .body(Map.of("parentId", tree().c1(), "level", "COUNTY", "name", "另一个", "code", code))
                .post(ORGS)
                .then()
                .statusCode(409)
                .body("code", is("ORGANISATION_CODE_TAKEN"));
        as(province)
                .body(Map.of(
                        "parentId",
                        tree().c1(),
                        "level",
                        "COUNTY",
                        "name",
                        read.get("name"),
                        "code",
                        Samples.unique("N")))
                .post(ORGS)
                .then()
                .statusCode(409)
                .body("code", is("ORGANISATION_NAME_TAKEN"));
        // a city with counties cannot become a county
        as(province)
                .body(Map.of(
                        "level", "COUNTY", "name", "改级", "code", Samples.unique("C"), "version", (Object) as(province)
                                .get(ORGS + "/{id}", tree().c1())
                                .then()
                                .extract()
                                .path("organisation.version")))
                .put(ORGS + "/{id}", tree().c1())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", is("level"));
        Map<String, Object> rename =
                Map.of("level", "COUNTY", "name", "区委会（改）" + code, "code", code, "version", read.get("version"));
        as(province)
                .body(rename)
                .put(ORGS + "/{id}", county)
                .then()
                .statusCode(200)
                .body("organisation.version", is(1));
        as(province)
                .body(rename)
                .put(ORGS + "/{id}", county)
                .then()
                .statusCode(409)
                .body("code", is("STALE_VERSION"));
        as(province)
                .delete(ORGS + "/{id}", tree().c1())
                .then()
                .statusCode(409)
                .body("code", is("ORGANISATION_NOT_EMPTY"));
        as(province).delete(ORGS + "/{id}", tree().p1()).then().statusCode(409).body("code", is("ORGANISATION_IS_OWN"));
        as(staffOf(tree().c1(), "ADMIN"))
                .delete(ORGS + "/{id}", tree().p1())
                .then()
                .statusCode(404);
        as(province).delete(ORGS + "/{id}", county).then().statusCode(204);
        as(province).get(ORGS + "/{id}", county).then().statusCode(404);
        as(staffOf(tree().p1(), "VIEWER"))
                .body(Map.of("parentId", tree().p1(), "level", "CITY", "name", "x", "code", "x"))
                .post(ORGS)
                .then()
                .statusCode(403);
    }

    @Test
    void twoStaffCreatingTheSameCodeAtOnceGetOneOrganisationAndAClearConflict() {
        String code = Samples.unique("P");
        String province = staffOf(tree().p2(), "ADMIN");
        List<Integer> statuses = Parallel.run(
                6,
                n -> as(province)
                        .body(Map.of("parentId", tree().p2(), "level", "CITY", "name", "并发" + n, "code", code))
                        .post(ORGS)
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(province).get(ORGS + "?q={q}", code).then().body("total", is(1));
    }

    @Test
    void aTokenIssuedBeforeItNamedAnOrganisationActsFromTheAccountsOwn() {
        long id = account(tree().c3(), "VIEWER");
        String older = Jwt.upn("staff-" + id)
                .subject("staff-" + id)
                .groups(Set.of("VIEWER"))
                .claim(CurrentUser.ACCOUNT_CLAIM, id)
                .sign();
        as(older).get(ORGS + "/mine").then().statusCode(200).body("organisation.id", is((int) tree().c3()));
        as(older).get("/api/v1/branches/{id}", tree().b1()).then().statusCode(404);
        as(older).get("/api/v1/branches/{id}", tree().b3()).then().statusCode(200);
    }
}
