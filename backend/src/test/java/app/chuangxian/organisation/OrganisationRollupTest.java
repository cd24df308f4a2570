package app.chuangxian.organisation;

import static app.chuangxian.organisation.OrganisationTreeTest.as;
import static app.chuangxian.organisation.OrganisationTreeTest.branchIn;
import static app.chuangxian.organisation.OrganisationTreeTest.create;
import static app.chuangxian.organisation.OrganisationTreeTest.staffOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The roll-up of the tree: each child's subtree counted from the records, and the total of the one asked for. */
@QuarkusTest
class OrganisationRollupTest {
    static final String ROLLUP = "/api/v1/organisations/{id}/rollup";

    @Inject
    EntityManager em;

    /** A province with two cities; the first holds a county. Branches, an archived one, and campaigns of two years. */
    record Province(long p, long a, long county, long b) {}

    static Province province() {
        OrganisationTreeTest.nationalRoot();
        long p = create(Tokens.admin(), 1, "PROVINCE", "汇总省");
        long a = create(Tokens.admin(), p, "CITY", "甲市");
        long county = create(Tokens.admin(), a, "COUNTY", "甲县");
        long b = create(Tokens.admin(), p, "CITY", "乙市");
        branchIn(a);
        long archived = branchIn(county);
        long active = branchIn(county);
        long other = branchIn(b);
        int version = as(Tokens.admin())
                .get("/api/v1/branches/{id}", archived)
                .then()
                .extract()
                .path("version");
        as(Tokens.admin())
                .body(Map.of("version", version))
                .post("/api/v1/branches/{id}/archive", archived)
                .then()
                .statusCode(200);
        long inCounty = campaign(county, 2026);
        as(staffOf(county, "ADMIN"))
                .body(Map.of("branchId", active))
                .post("/api/v1/campaigns/{id}/branches", inCounty)
                .then()
                .statusCode(201);
        long inB = campaign(b, 2025);
        as(staffOf(b, "ADMIN"))
                .body(Map.of("branchId", other))
                .post("/api/v1/campaigns/{id}/branches", inB)
                .then()
                .statusCode(201);
        return new Province(p, a, county, b);
    }

    static long campaign(long organisation, int year) {
        Map<String, Object> body = new HashMap<>(CampaignSamples.campaignBody());
        body.put("year", year);
        return ((Number) as(staffOf(organisation, "ADMIN"))
                        .body(body)
                        .post("/api/v1/campaigns")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void eachChildCountsItsWholeSubtreeAndTheTotalCountsTheOrganisations() {
        Province t = province();
        String leader = staffOf(t.p(), "VIEWER");
        as(leader)
                .get(ROLLUP + "?sort=id", t.p())
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.organisation.id", contains((int) t.a(), (int) t.b()))
                .body("items.branches", contains(3, 1))
                .body("items.activeBranches", contains(2, 1))
                .body("items.campaigns", contains(1, 1))
                .body("items.campaignsUnderWay", contains(0, 0))
                .body("items.participations", contains(1, 1))
                .body("items.deliverablesSubmitted", contains(0, 0))
                .body("overall.organisation.id", is((int) t.p()))
                .body("overall.branches", is(4))
                .body("overall.campaigns", is(2));
        // a year narrows the campaigns, not the branches
        as(leader)
                .get(ROLLUP + "?sort=id&year=2026", t.p())
                .then()
                .body("items.campaigns", contains(1, 0))
                .body("items.participations", contains(1, 0))
                .body("overall.campaigns", is(1))
                .body("overall.branches", is(4));
        // paged and sorted like every list
        as(leader)
                .get(ROLLUP + "?sort=-id&size=1", t.p())
                .then()
                .body("total", is(2))
                .body("items.organisation.id", contains((int) t.b()))
                .body("overall.branches", is(4));
        as(leader).get(ROLLUP + "?sort=branches", t.p()).then().statusCode(400);
        as(leader).get(ROLLUP + "?year=1900", t.p()).then().statusCode(400);
        // a county has no children: its own figures are the total
        as(leader)
                .get(ROLLUP, t.county())
                .then()
                .body("total", is(0))
                .body("overall.branches", is(2))
                .body("overall.participations", is(1));
    }

    @Test
    void aChildThatAdoptedTheProvincesCampaignCountsItsPlan() {
        Province t = province();
        long launched = campaign(t.p(), 2026);
        CampaignSamples.phase(launched, 1, "P1", "2026-03-01", "2026-06-30");
        CampaignSamples.transition(launched, "activate");
        as(staffOf(t.a(), "ADMIN"))
                .body(Map.of("title", "甲市实施方案", "documentNumber", "甲字【2026】1号"))
                .post("/api/v1/campaigns/{id}/adoptions", launched)
                .then()
                .statusCode(201);
        as(staffOf(t.p(), "VIEWER"))
                .get(ROLLUP + "?sort=id&year=2026", t.p())
                .then()
                .body("items.plans", contains(1, 0))
                .body("items.campaigns", contains(2, 0))
                .body("overall.plans", is(1))
                .body("overall.campaigns", is(3));
    }

    @Test
    void anotherOrganisationsRollupIsNotThere() {
        Province t = province();
        as(staffOf(t.b(), "ADMIN")).get(ROLLUP, t.a()).then().statusCode(404);
        as(staffOf(t.b(), "VIEWER")).get(ROLLUP, t.p()).then().statusCode(404);
        as(staffOf(t.a(), "VIEWER")).get(ROLLUP, t.county()).then().statusCode(200);
        as(staffOf(t.a(), "ADMIN"))
                .get("/api/v1/exports/organisations/{id}/rollup.xlsx", t.b())
                .then()
                .statusCode(404);
    }

    @Test
    void theRootsTotalIsEveryRecordCountedDirectly() {
        province();
        Map<String, Object> total = as(Tokens.admin())
                .get(ROLLUP, 1)
                .then()
                .statusCode(200)
                .extract()
                .path("overall");
        long[] direct = QuarkusTransaction.requiringNew().call(() -> new long[] {
            count("select count(*) from branches"),
            count("select count(*) from branches where status = 'ACTIVE'"),
            count("select count(*) from campaigns"),
            count("select count(*) from campaigns where parent_campaign_id is not null"),
            count("select count(*) from campaigns where status = 'ACTIVE'"),
            count("select count(*) from campaigns where results_status = 'PUBLISHED'"),
            count("select count(*) from campaign_branches"),
            count("select count(*) from deliverables where status = 'SUBMITTED'"),
            count("select count(*) from deliverables where status = 'ACCEPTED'"),
            count("select count(*) from deliverables where status = 'RETURNED'"),
            count(
                    "select coalesce(sum(grassroots + local_orgs), 0) from recommendation_quotas where organisation_id = 1"),
            count("select count(*) from recommendations where organisation_id = 1 and status <> 'REJECTED'")
        });
        String[] names = {
            "branches",
            "activeBranches",
            "campaigns",
            "plans",
            "campaignsUnderWay",
            "resultsPublished",
            "participations",
            "deliverablesSubmitted",
            "deliverablesAccepted",
            "deliverablesReturned",
            "quota",
            "recommended"
        };
        for (int i = 0; i < names.length; i++) {
            assertEquals(direct[i], ((Number) total.get(names[i])).longValue(), names[i]);
        }
    }

    @Test
    void theSpreadsheetHasEveryChildThenTheTotal() throws IOException {
        Province t = province();
        byte[] body = given().auth()
                .oauth2(staffOf(t.p(), "VIEWER"))
                .get("/api/v1/exports/organisations/{id}/rollup.xlsx", t.p())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("组织", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "two cities and the total");
            assertEquals("会市委", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(4.0, sheet.getRow(3).getCell(2).getNumericCellValue(), "the province's branches");
            assertEquals(true, sheet.getRow(3).getCell(0).getStringCellValue().endsWith("（合计）"));
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
