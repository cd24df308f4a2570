package app.chuangxian.campaign;

import app.chuangxian.branch.BranchHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** A branch's campaign history: its participations, leading groups, and what the other features' probes know. */
@ApplicationScoped
public class CampaignBranchHistory implements BranchHistory {
    @Inject
    Instance<BranchRecords> probes;

    @Override
    public boolean hasCampaignData(long branchId) {
        return Participation.count("branchId", branchId) > 0
                || LeadingGroupMember.count("branchId", branchId) > 0
                || probes.stream().anyMatch(p -> p.branchHasData(branchId));
    }
}
