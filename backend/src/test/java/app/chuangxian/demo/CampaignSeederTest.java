package app.chuangxian.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignSeederTest {
    private static final List<String> CODES =
            List.of("LS", "XY", "FY", "WS", "JC", "XX", "LX", "LL", "SL", "LAN", "FS", "ZY", "JK");

    @Inject
    CampaignSeeder seeder;

    @Test
    void seedsThe2009CampaignAndALiveCopyInItsImplementationPhase() {
        LocalDate today = LocalDate.now();
        DemoContext context = new DemoContext(today);
        for (String level : List.of(DemoContext.CITY, "SX", "ZY")) {
            context.organisationIds.put(level, app.chuangxian.organisation.Organisation.ROOT_ID);
        }
        CODES.forEach(code -> context.branchIds.put(code, Samples.branch()));
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(context));
        long old = (Long) context.shared.get(DemoContext.CAMPAIGN_2009);
        long live = (Long) context.shared.get(DemoContext.CAMPAIGN_LIVE);

        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", old)
                .then()
                .statusCode(200)
                .body("title", equalTo("争创民进全国先进基层组织活动"))
                .body("year", is(2009))
                .body("status", equalTo("CLOSED"))
                .body("participantCount", is(13))
                .body(
                        "basisDocuments",
                        equalTo("会中央《关于开展创建民进全国先进地方组织、先进基层组织活动的意见》；" + "会省委贯彻会中央《意见》的《实施方案》（进晋字【2009】17号）"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", old)
                .then()
                .body("items.name", equalTo(List.of("宣传动员", "实施创建", "总结表彰")))
                .body("items.startsOn", equalTo(List.of("2009-09-01", "2009-11-01", "2010-09-01")))
                .body("items.endsOn", equalTo(List.of("2009-10-31", "2010-08-31", "2010-12-31")));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/standards", old)
                .then()
                .body("items.code", equalTo(List.of("STUDY", "UNITY", "VITALITY", "COMMUNICATION")))
                .body("items.name", equalTo(List.of("重视学习", "团结协作", "增强活力", "加强沟通")))
                .body("items.maxPoints", equalTo(List.of(25.0f, 25.0f, 25.0f, 25.0f)))
                .body("items.collect { it.indicators.size() }", equalTo(List.of(4, 4, 3, 3)));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/grade-thresholds", old)
                .then()
                .body("grades.name", equalTo(List.of("优秀", "良好", "合格")))
                .body("grades.minTotal", equalTo(List.of(90.0f, 75.0f, 60.0f)));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("required", true)
                .get("/api/v1/campaigns/{id}/deliverable-types", old)
                .then()
                .body("items.name", equalTo(List.of("实施方案", "活动总结")));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/deliverable-types", old)
                .then()
                .body("total", is(9));

        int implementation = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/phases", live)
                .then()
                .body("items.code", equalTo(List.of("MOBILISATION", "IMPLEMENTATION", "SUMMARY")))
                .body("items.current", equalTo(List.of(false, true, false)))
                .body("items[1].startsOn", equalTo(today.minusDays(21).toString()))
                .body("items[1].endsOn", equalTo(today.plusMonths(2).toString()))
                .extract()
                .path("items[1].id");
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", live)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("year", is(today.getYear()))
                .body("templateId", is((int) old))
                .body("currentPhaseId", is(implementation))
                .body("participantCount", is(13));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/standards", live)
                .then()
                .body("items.collect { it.indicators.size() }", equalTo(List.of(4, 4, 3, 3)));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}/deliverable-types", live)
                .then()
                .body("total", is(9));
        given().auth()
                .oauth2(Tokens.branch(context.branchIds.get("LS")))
                .get("/api/v1/campaigns/{c}/branches/{b}/leading-group", live, context.branchIds.get("LS"))
                .then()
                .statusCode(200)
                .body("members[0].role", equalTo("LEADER"))
                .body("members[0].name", equalTo("王建华"));
        assertEquals(2, context.shared.size());

        // the chain above: the city's notice adopts the province's plan, which adopts the centre's 《意见》
        for (long notice : List.of(old, live)) {
            String year = notice == old ? "2009" : Integer.toString(today.getYear());
            int plan = given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/campaigns/{id}", notice)
                    .then()
                    .body("adoptedFrom.title", org.hamcrest.Matchers.startsWith("民进山西省委员会贯彻会中央《意见》的实施方案"))
                    .body("adoptedFrom.documentNumber", equalTo("进晋字【" + year + "】17号"))
                    .extract()
                    .path("adoptedFrom.id");
            given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/campaigns/{id}/standards", notice)
                    .then()
                    .body("items.inherited", equalTo(List.of(true, true, true, true)));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/campaigns/{id}", plan)
                    .then()
                    .body("status", equalTo(notice == old ? "CLOSED" : "ACTIVE"))
                    .body("templateId", org.hamcrest.Matchers.nullValue())
                    .body("adoptedFrom.title", org.hamcrest.Matchers.startsWith("关于开展创建民进全国先进地方组织、先进基层组织活动的意见"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/campaigns/{id}/phases", plan)
                    .then()
                    .body(
                            "items.startsOn",
                            equalTo(given().auth()
                                    .oauth2(Tokens.admin())
                                    .get("/api/v1/campaigns/{id}/phases", notice)
                                    .then()
                                    .extract()
                                    .path("items.startsOn")));
        }
    }
}
