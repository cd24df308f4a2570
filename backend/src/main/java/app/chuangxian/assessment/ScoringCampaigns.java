package app.chuangxian.assessment;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Standard;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The campaign facts scoring depends on: does it exist, its standards and indicators (its state is guarded before). */
@ApplicationScoped
public class ScoringCampaigns {
    @Inject
    CurrentUser user;

    public Campaign get(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ApiException.notFound("Campaign", id);
        }
        return campaign;
    }

    public boolean participates(long campaignId, long branchId) {
        return Participation.findById(new Participation.Key(campaignId, branchId)) != null;
    }

    /** The campaign's indicators by id, in standard then indicator order. */
    public Map<Long, Indicator> indicators(long campaignId) {
        List<Indicator> list = Indicator.find(
                        "select i from Indicator i, Standard s where s.id = i.standardId and i.campaignId = ?1 "
                                + "order by s.seq, i.seq, i.id",
                        campaignId)
                .list();
        Map<Long, Indicator> byId = new LinkedHashMap<>();
        list.forEach(i -> byId.put(i.id, i));
        return byId;
    }

    public List<Standard> standards(long campaignId) {
        return Standard.list("campaignId = ?1 order by seq, id", campaignId);
    }

    /** The signed-in account's id; every scoring action is attributed to an account. */
    public long accountId() {
        return user.accountId()
                .orElseThrow(() ->
                        ApiException.forbidden("ACCOUNT_REQUIRED", "This action needs a token issued to an account"));
    }
}
