package app.chuangxian.deliverable;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.Participation;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Which campaigns a caller may reach; whether a campaign takes a write is the campaign's state guard's to say. */
@ApplicationScoped
public class CampaignAccess {
    @Inject
    CurrentUser user;

    /** The campaign, or 404; a branch account only reaches campaigns its branch takes part in. */
    public Campaign visible(long campaignId) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null || (user.isBranchScoped() && !participates(campaignId, ownBranch()))) {
            throw ApiException.notFound("Campaign", campaignId);
        }
        return campaign;
    }

    public static boolean participates(long campaignId, long branchId) {
        return Participation.findById(new Participation.Key(campaignId, branchId)) != null;
    }

    /** The branch of a branch account, or -1 when the token names none (it then reaches nothing). */
    public long ownBranch() {
        return user.branchId().orElse(-1L);
    }
}
