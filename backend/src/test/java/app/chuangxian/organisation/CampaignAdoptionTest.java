package app.chuangxian.organisation;

import static app.chuangxian.organisation.OrganisationTreeTest.as;
import static app.chuangxian.organisation.OrganisationTreeTest.campaignOf;
import static app.chuangxian.organisation.OrganisationTreeTest.create;
import static app.chuangxian.organisation.OrganisationTreeTest.staffOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cascading campaigns: a province launches, each city right below adopts it as its own plan with its own document
 * number, inherited standards it cannot change, local standards, and dates inside the province's phases.
 */
@io.quarkus.test.junit.QuarkusTest
class CampaignAdoptionTest {
    static final String OFFERS = "/api/v1/adoptable-campaigns";
    static final String ADOPTIONS = "/api/v1/campaigns/{id}/adoptions";

    /** A province with two cities, a county under the first, and a running campaign of the province. */
    record Chain(long province, long city, long sibling, long county, long launched, String provinceAdmin) {}

    static Chain chain() {
        OrganisationTreeTest.nationalRoot();
        long province = create(Tokens.admin(), 1, "PROVINCE", "采纳省");
        long city = create(Tokens.admin(), province, "CITY", "采纳市");
        long sibling = create(Tokens.admin(), province, "CITY", "未采纳市");
        long county = create(Tokens.admin(), city, "COUNTY", "采纳县");
        long launched = campaignOf(province);
        CampaignSamples.phase(launched, 1, "MOBILISATION", "2026-03-01", "2026-04-30");
        CampaignSamples.phase(launched, 2, "IMPLEMENTATION", "2026-05-01", "2026-09-30");
        CampaignSamples.standard(launched, "STUDY", 10, 15);
        CampaignSamples.transition(launched, "activate");
        return new Chain(province, city, sibling, county, launched, staffOf(province, "ADMIN"));
    }

    static Map<String, Object> plan(String number) {
        return Map.of("title", "实施方案" + number, "documentNumber", number);
    }

    @Test
    void aCityAdoptsItsProvincesCampaignAsItsOwnPlan() {
        Chain chain = chain();
        String cityAdmin = staffOf(chain.city(), "ADMIN");
        as(cityAdmin)
                .get(OFFERS)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) chain.launched()))
                .body("items[0].organisation.id", is((int) chain.province()))
                .body("items[0].startsOn", is("2026-03-01"))
                .body("items[0].endsOn", is("2026-09-30"))
                .body("items[0].adoptedCampaignId", nullValue());

        io.restassured.response.ExtractableResponse<?> adopted = as(cityAdmin)
                .body(plan("吕民字【2026】3号"))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(201)
                .body("status", is("DRAFT"))
                .body("organisation.id", is((int) chain.city()))
                .body("documentNumber", is("吕民字【2026】3号"))
                .body("adoptedFrom.id", is((int) chain.launched()))
                .body("adoptedFrom.organisation.id", is((int) chain.province()))
                .body("templateId", nullValue())
                .extract();
        int plan = adopted.path("id");
        org.hamcrest.MatcherAssert.assertThat(adopted.header("Location"), endsWith("/api/v1/campaigns/" + plan));
        as(cityAdmin).get(OFFERS).then().body("items[0].adoptedCampaignId", is(plan));
        as(cityAdmin)
                .get("/api/v1/campaigns")
                .then()
                .body("items.find { it.id == " + plan + " }.adoptedFrom.title", is(chainTitle(chain)));

        // the province's standard comes along inherited: it cannot be changed or removed here
        Map<String, Object> study = as(cityAdmin)
                .get("/api/v1/campaigns/{id}/standards", plan)
                .then()
                .statusCode(200)
                .body("items.code", contains("STUDY"))
                .body("items[0].inherited", is(true))
                .body("items[0].indicators.code", contains("STUDY_1", "STUDY_2"))
                .extract()
                .path("items[0]");
        Map<String, Object> changed = new HashMap<>(CampaignSamples.standardBody("STUDY", 20, 5));
        changed.put("version", study.get("version"));
        as(cityAdmin)
                .body(changed)
                .put("/api/v1/campaigns/{c}/standards/{s}", plan, study.get("id"))
                .then()
                .statusCode(409)
                .body("code", is("STANDARD_INHERITED"));
        as(cityAdmin)
                .delete("/api/v1/campaigns/{c}/standards/{s}", plan, study.get("id"))
                .then()
                .statusCode(409)
                .body("code", is("STANDARD_INHERITED"));
        Map<String, Object> local = new HashMap<>(CampaignSamples.standardBody("LOCAL", 5));
        local.put("seq", 5);
        as(cityAdmin)
                .body(local)
                .post("/api/v1/campaigns/{id}/standards", plan)
                .then()
                .statusCode(201)
                .body("inherited", is(false));

        // the province's standards stay as they are now that a city adopted them
        Map<String, Object> parentStudy = as(chain.provinceAdmin())
                .get("/api/v1/campaigns/{id}/standards", chain.launched())
                .then()
                .extract()
                .path("items[0]");
        Map<String, Object> parentChange = new HashMap<>(CampaignSamples.standardBody("STUDY", 20, 5));
        parentChange.put("version", parentStudy.get("version"));
        as(chain.provinceAdmin())
                .body(parentChange)
                .put("/api/v1/campaigns/{c}/standards/{s}", chain.launched(), parentStudy.get("id"))
                .then()
                .statusCode(409)
                .body("code", is("STANDARDS_ADOPTED"));

        // the plan's own dates, inside the province's phase of the same code
        Map<String, Object> mobilisation = as(cityAdmin)
                .get("/api/v1/campaigns/{id}/phases", plan)
                .then()
                .body("items.code", contains("MOBILISATION", "IMPLEMENTATION"))
                .body("items[0].startsOn", is("2026-03-01"))
                .extract()
                .path("items[0]");
        Map<String, Object> moved =
                new HashMap<>(CampaignSamples.phaseBody(1, "MOBILISATION", "2026-03-10", "2026-04-20"));
        moved.put("version", mobilisation.get("version"));
        as(cityAdmin)
                .body(moved)
                .put("/api/v1/campaigns/{c}/phases/{p}", plan, mobilisation.get("id"))
                .then()
                .statusCode(200)
                .body("startsOn", is("2026-03-10"));
        Map<String, Object> early =
                new HashMap<>(CampaignSamples.phaseBody(1, "MOBILISATION", "2026-02-20", "2026-04-20"));
        early.put("version", ((Number) mobilisation.get("version")).intValue() + 1);
        as(cityAdmin)
                .body(early)
                .put("/api/v1/campaigns/{c}/phases/{p}", plan, mobilisation.get("id"))
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("startsOn"))
                .body("fieldErrors[0].reason", is("INSIDE_PARENT"))
                .body("fieldErrors[0].params.from", is("2026-03-01"))
                .body("fieldErrors[0].params.to", is("2026-04-30"));
        as(cityAdmin)
                .body(CampaignSamples.phaseBody(3, "REVIEW", "2026-10-01", "2026-10-10"))
                .post("/api/v1/campaigns/{id}/phases", plan)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", contains("startsOn", "endsOn"))
                .body("fieldErrors[0].params.to", is("2026-09-30"));

        // the province cannot shrink its phase past the city's
        Map<String, Object> parentPhase = as(chain.provinceAdmin())
                .get("/api/v1/campaigns/{id}/phases", chain.launched())
                .then()
                .extract()
                .path("items[0]");
        Map<String, Object> shrunk =
                new HashMap<>(CampaignSamples.phaseBody(1, "MOBILISATION", "2026-03-15", "2026-04-30"));
        shrunk.put("version", parentPhase.get("version"));
        as(chain.provinceAdmin())
                .body(shrunk)
                .put("/api/v1/campaigns/{c}/phases/{p}", chain.launched(), parentPhase.get("id"))
                .then()
                .statusCode(409)
                .body("code", is("PHASE_WINDOW_IN_USE"));

        // adopted once only
        as(cityAdmin)
                .body(plan("吕民字【2026】4号"))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(409)
                .body("code", is("CAMPAIGN_ALREADY_ADOPTED"));

        // the province sees which cities adopted, with their dates
        as(chain.provinceAdmin())
                .get("/api/v1/campaigns/{id}", chain.launched())
                .then()
                .body("adoptions", is(1));
        as(cityAdmin).get("/api/v1/campaigns/{id}", plan).then().body("adoptions", is(0));
        as(chain.provinceAdmin())
                .get(ADOPTIONS, chain.launched())
                .then()
                .statusCode(200)
                .body("children", is(2))
                .body("adopted", is(1))
                .body("total", is(2))
                .body("items.find { it.organisation.id == " + chain.city() + " }.adopted", is(true))
                .body("items.find { it.organisation.id == " + chain.city() + " }.campaignId", is(plan))
                .body("items.find { it.organisation.id == " + chain.city() + " }.documentNumber", is("吕民字【2026】3号"))
                .body("items.find { it.organisation.id == " + chain.city() + " }.startsOn", is("2026-03-10"))
                .body("items.find { it.organisation.id == " + chain.city() + " }.endsOn", is("2026-09-30"))
                .body("items.find { it.organisation.id == " + chain.sibling() + " }.adopted", is(false))
                .body("items.find { it.organisation.id == " + chain.sibling() + " }.campaignId", nullValue());
        as(chain.provinceAdmin())
                .queryParam("adopted", false)
                .get(ADOPTIONS, chain.launched())
                .then()
                .body("total", is(1))
                .body("items.organisation.id", contains((int) chain.sibling()));
        as(staffOf(chain.province(), "VIEWER"))
                .queryParam("adopted", true)
                .get(ADOPTIONS, chain.launched())
                .then()
                .statusCode(200)
                .body("items.organisation.id", contains((int) chain.city()));
    }

    private static String chainTitle(Chain chain) {
        return as(chain.provinceAdmin())
                .get("/api/v1/campaigns/{id}", chain.launched())
                .then()
                .extract()
                .path("title");
    }

    @Test
    void onlyTheOrganisationRightBelowAdoptsARunningCampaign() {
        Chain chain = chain();
        // a county two levels down neither sees the province's campaign nor adopts it
        String countyAdmin = staffOf(chain.county(), "ADMIN");
        as(countyAdmin).get(OFFERS).then().statusCode(200).body("items", empty());
        as(countyAdmin)
                .body(plan("县字1号"))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(404);
        // the province does not adopt its own campaign
        as(chain.provinceAdmin())
                .body(plan("省字1号"))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(409)
                .body("code", is("CAMPAIGN_NOT_OFFERED"));
        // the top of the tree has nothing above it
        as(Tokens.admin()).get(OFFERS).then().statusCode(200).body("items", empty());
        // a draft of the province is not offered; a closed campaign is offered no longer
        String cityAdmin = staffOf(chain.city(), "ADMIN");
        long draft = campaignOf(chain.province());
        as(cityAdmin).get(OFFERS).then().body("items.id", everyItem(is((int) chain.launched())));
        as(cityAdmin).body(plan("市字1号")).post(ADOPTIONS, draft).then().statusCode(404);
        long closed = campaignOf(chain.province());
        CampaignSamples.phase(closed, 1, "P1", "2026-01-01", "2026-03-31");
        CampaignSamples.transition(closed, "activate");
        CampaignSamples.transition(closed, "close");
        as(cityAdmin)
                .body(plan("市字2号"))
                .post(ADOPTIONS, closed)
                .then()
                .statusCode(409)
                .body("code", is("CAMPAIGN_NOT_OFFERED"));
        // a city of another province reaches nothing of this one
        long elsewhere = create(Tokens.admin(), create(Tokens.admin(), 1, "PROVINCE", "别省"), "CITY", "别市");
        String foreign = staffOf(elsewhere, "ADMIN");
        as(foreign).get(OFFERS).then().statusCode(200).body("items", empty());
        as(foreign).body(plan("外字1号")).post(ADOPTIONS, chain.launched()).then().statusCode(404);
        as(foreign).get(ADOPTIONS, chain.launched()).then().statusCode(404);
        // the city reads its offer, but not the province's list of adoptions
        as(cityAdmin).get(ADOPTIONS, chain.launched()).then().statusCode(404);
        // a leader of the city reads the offers and adopts nothing
        String cityViewer = staffOf(chain.city(), "VIEWER");
        as(cityViewer).get(OFFERS).then().statusCode(200).body("items.id", hasItem((int) chain.launched()));
        as(cityViewer)
                .body(plan("市字3号"))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(403);
        // malformed plans are refused field by field
        as(cityAdmin)
                .body(Map.of("title", " ", "documentNumber", "号".repeat(65)))
                .post(ADOPTIONS, chain.launched())
                .then()
                .statusCode(400)
                .body("fieldErrors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "documentNumber"));
        as(cityAdmin).get(OFFERS).then().body("items[0].adoptedCampaignId", nullValue());
    }

    @Test
    void aDoubleTapAdoptsOnce() {
        Chain chain = chain();
        String cityAdmin = staffOf(chain.sibling(), "ADMIN");
        List<Integer> statuses = Parallel.run(
                6,
                n -> as(cityAdmin)
                        .body(plan("并发" + n))
                        .post(ADOPTIONS, chain.launched())
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one plan: " + statuses);
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "the others told so: " + statuses);
        as(chain.provinceAdmin())
                .queryParam("adopted", true)
                .get(ADOPTIONS, chain.launched())
                .then()
                .body("total", is(1))
                .body("items.organisation.id", contains((int) chain.sibling()));
    }
}
