package app.chuangxian.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.deliverable.Deliverable;
import app.chuangxian.deliverable.DeliverableFixture;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.deliverable.DeliverableStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliverableSeederTest {
    @Inject
    DeliverableSeeder seeder;

    @Test
    void seedsTheLiveCampaignAndSkipsWhenThereIsNone() {
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(new DemoContext(LocalDate.now())));
        World w = DeliverableFixture.world();
        DemoContext context = new DemoContext(LocalDate.now());
        context.shared.put(DemoContext.CAMPAIGN_LIVE, w.campaignId());
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(context));
        QuarkusTransaction.requiringNew().run(() -> {
            // two branches: the first has an accepted plan, the last has not started; both have activity records
            assertEquals(
                    1,
                    Deliverable.count(
                            "campaignId = ?1 and typeId = ?2 and status = ?3",
                            w.campaignId(),
                            w.plan(),
                            DeliverableStatus.ACCEPTED));
            assertEquals(0, Deliverable.count("typeId = ?1 and branchId = ?2", w.plan(), w.branchB()));
            assertEquals(2, Deliverable.count("typeId", w.record()));
            assertEquals(1, app.chuangxian.sitevisit.SiteVisit.count("campaignId", w.campaignId()));
        });
    }
}
