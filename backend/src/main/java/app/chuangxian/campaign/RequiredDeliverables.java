package app.chuangxian.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Asked by the eligibility rule of results; answered by the deliverables feature. */
public interface RequiredDeliverables {
    /**
     * For each participating branch that lacks an accepted deliverable of a required type, the names of those types
     * (branch id to names). Branches with everything accepted are absent.
     */
    Map<Long, List<String>> missingRequiredDeliverables(long campaignId);

    /** The same, for the given branches only (a page of results). */
    default Map<Long, List<String>> missingRequiredDeliverables(long campaignId, Collection<Long> branchIds) {
        Map<Long, List<String>> missing = new HashMap<>(missingRequiredDeliverables(campaignId));
        missing.keySet().retainAll(Set.copyOf(branchIds));
        return missing;
    }
}
