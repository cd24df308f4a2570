package app.chuangxian.campaign;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Who may see a campaign, and whether scoring has fixed its standards. Every campaign feature asks here. */
@ApplicationScoped
public class CampaignAccess {
    @Inject
    CurrentUser user;

    @Inject
    Instance<CampaignDataProbe> probes;

    /** The campaign if the caller may see it; a branch account sees only campaigns its branch takes part in. */
    public Campaign visible(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null || !canSee(campaign.id)) {
            throw ApiException.notFound("Campaign", id);
        }
        return campaign;
    }

    public boolean canSee(long campaignId) {
        if (!user.isBranchScoped()) {
            return true;
        }
        long branchId = user.branchId().orElse(-1L);
        return Participation.count("campaignId = ?1 and branchId = ?2", campaignId, branchId) > 0;
    }

    /** A campaign whose standards, indicators and grades are not yet fixed by scoring (its state is checked before). */
    public Campaign scoringNotStarted(long id) {
        Campaign campaign = visible(id);
        if (probes.stream().anyMatch(p -> p.scoringStarted(id))) {
            throw ApiException.conflict(
                    "SCORING_STARTED",
                    "Scoring of campaign " + id
                            + " has started: its standards, indicators and grades can no longer change");
        }
        return campaign;
    }

    /** Points and totals carry one decimal, as stored, whatever scale the client sent. */
    static java.math.BigDecimal points(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
