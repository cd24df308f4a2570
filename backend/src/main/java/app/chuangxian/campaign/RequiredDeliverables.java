package app.chuangxian.campaign;

import java.util.List;
import java.util.Map;

/** Asked by the eligibility rule of results; answered by the deliverables feature. */
public interface RequiredDeliverables {
    /**
     * For each participating branch that lacks an accepted deliverable of a required type, the names of those types
     * (branch id to names). Branches with everything accepted are absent.
     */
    Map<Long, List<String>> missingRequiredDeliverables(long campaignId);
}
