package app.chuangxian.assessment;

import static app.chuangxian.assessment.Api.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.assessment.selfassessment.SelfAssessment;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.demo.DemoContext;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringSeederTest {
    @Inject
    app.chuangxian.demo.ScoringSeeder seeder;

    @Test
    void seedsTheLiveCampaignAndPublishesComplete2009ResultsNeverAssigningAnAssessorToTheirOwnBranch() {
        ScoringFixture live = ScoringFixture.create(AggregationMethod.MEAN, "10", 3);
        ScoringFixture closed = ScoringFixture.create(AggregationMethod.MEAN, "10", 0);
        DemoContext context = new DemoContext(LocalDate.now());
        String[] codes = {"LS", "XY", "FY"};
        for (int i = 0; i < 3; i++) {
            context.branchIds.put(codes[i], live.branches.get(i));
        }
        for (long branchId : live.branches) {
            QuarkusTransaction.requiringNew().run(() -> {
                app.chuangxian.campaign.Participation p = new app.chuangxian.campaign.Participation();
                p.campaignId = closed.campaignId;
                p.branchId = branchId;
                p.persist();
            });
        }
        context.accountIds.put("assessor1", ScoringFixture.assessor(null));
        context.accountIds.put("assessor2", ScoringFixture.assessor(null));
        long assessor3 = ScoringFixture.assessor(context.branchIds.get("FY"));
        context.accountIds.put("assessor3", assessor3);
        context.shared.put(DemoContext.CAMPAIGN_LIVE, live.campaignId);
        context.shared.put(DemoContext.CAMPAIGN_2009, closed.campaignId);

        QuarkusTransaction.requiringNew().run(() -> seeder.seed(context));

        long fy = context.branchIds.get("FY");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, AssessorAssignment.count("branchId = ?1 and assessorId = ?2", fy, assessor3));
            assertTrue(Scoresheet.count("campaignId = ?1 and status = ?2", live.campaignId, SheetStatus.SUBMITTED) > 0);
            assertTrue(SelfAssessment.count("campaignId", live.campaignId) > 0);
        });
        as(Tokens.viewer())
                .get("/api/v1/campaigns/{c}/results", closed.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body("items.rank", everyItem(notNullValue()))
                .body("items.disagreement", everyItem(is(false)));
        assertDoesNotThrow(
                () -> QuarkusTransaction.requiringNew().run(() -> seeder.seed(new DemoContext(LocalDate.now()))));
    }
}
