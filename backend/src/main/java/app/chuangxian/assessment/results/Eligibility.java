package app.chuangxian.assessment.results;

import app.chuangxian.campaign.RequiredDeliverables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which branches may not be commended whatever their score: those missing a required accepted deliverable. */
@ApplicationScoped
public class Eligibility {
    @Inject
    Instance<RequiredDeliverables> probes;

    /** Branch id to the reasons it is not eligible; eligible branches are absent. */
    public Map<Long, List<String>> reasons(long campaignId) {
        return reasons(campaignId, null);
    }

    /** The same for the given branches only (a page of results); null means all branches. */
    public Map<Long, List<String>> reasons(long campaignId, Collection<Long> branchIds) {
        Map<Long, List<String>> reasons = new HashMap<>();
        for (RequiredDeliverables probe : probes) {
            (branchIds == null
                            ? probe.missingRequiredDeliverables(campaignId)
                            : probe.missingRequiredDeliverables(campaignId, branchIds))
                    .forEach((branchId, missing) ->
                            missing.forEach(name -> reasons.computeIfAbsent(branchId, k -> new ArrayList<>())
                                    .add("缺少已通过审核的必交材料: " + name)));
        }
        return reasons;
    }
}
