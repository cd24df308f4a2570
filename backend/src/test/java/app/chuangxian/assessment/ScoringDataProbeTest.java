package app.chuangxian.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.campaign.AggregationMethod;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringDataProbeTest {
    @Inject
    ScoringDataProbe probe;

    @Test
    void scoringHasStartedOnceAScoresheetExistsAndOnlyScoredBranchesHaveData() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        assertFalse(probe.scoringStarted(f.campaignId));
        assertFalse(probe.branchHasData(f.branches.get(0)));
        f.submitted(f.branches.get(0), ScoringFixture.assessor(null), "5", "5", "5");
        assertTrue(probe.scoringStarted(f.campaignId));
        assertTrue(probe.branchHasData(f.branches.get(0)));
        assertFalse(probe.branchHasData(f.branches.get(1)));
    }
}
