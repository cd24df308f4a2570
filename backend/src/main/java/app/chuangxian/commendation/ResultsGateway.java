package app.chuangxian.commendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Final results, only once the campaign's results are finalised (or published). */
@ApplicationScoped
public class ResultsGateway {
    @Inject
    ResultsSource source;

    @Inject
    CampaignAccess campaigns;

    public List<BranchResult> finalResults(long campaignId) {
        return source(campaignId).finalResults(campaignId);
    }

    public Optional<BranchResult> resultOf(long campaignId, long branchId) {
        return finalResults(campaignId).stream()
                .filter(r -> r.branchId() == branchId)
                .findFirst();
    }

    public List<AssessorRemark> remarks(long campaignId, long branchId) {
        return source(campaignId).remarks(campaignId, branchId);
    }

    private ResultsSource source(long campaignId) {
        // the results are read for the commendation feature, whose operations decide what their caller sees
        Campaign campaign = campaigns.require(campaignId);
        if (campaign.resultsStatus != ResultsStatus.FINALISED && campaign.resultsStatus != ResultsStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "RESULTS_NOT_FINAL",
                    "The campaign's results are " + campaign.resultsStatus + "; they must be finalised first");
        }
        return source;
    }
}
