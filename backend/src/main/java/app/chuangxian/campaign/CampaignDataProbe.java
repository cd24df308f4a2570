package app.chuangxian.campaign;

import java.util.List;
import java.util.Map;

/**
 * What other features know about a campaign or branch, asked by features that must not depend on them
 * directly. Deliverables and scoring each provide one bean; callers ask every bean ({@code Instance<...>}).
 */
public interface CampaignDataProbe {
    /** True once any score (self-assessment or scoresheet) exists for the campaign: its standards are then fixed. */
    default boolean scoringStarted(long campaignId) {
        return false;
    }

    /** True when the branch has any campaign data (deliverables, scores, visits): it can never be hard-deleted. */
    default boolean branchHasData(long branchId) {
        return false;
    }

    /**
     * For each participating branch that lacks an accepted deliverable of a required type, the names of those
     * types (branch id to names). Branches with everything accepted are absent.
     */
    default Map<Long, List<String>> missingRequiredDeliverables(long campaignId) {
        return Map.of();
    }
}
