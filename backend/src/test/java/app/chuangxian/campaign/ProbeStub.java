package app.chuangxian.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the scoring and deliverable features in tests: tests mark campaigns and branches as having data. */
@ApplicationScoped
public class ProbeStub implements ScoringProgress, BranchRecords {
    public static final Set<Long> SCORING_STARTED = ConcurrentHashMap.newKeySet();
    public static final Set<Long> BRANCHES_WITH_DATA = ConcurrentHashMap.newKeySet();

    @Override
    public boolean scoringStarted(long campaignId) {
        return SCORING_STARTED.contains(campaignId);
    }

    @Override
    public boolean branchHasData(long branchId) {
        return BRANCHES_WITH_DATA.contains(branchId);
    }
}
