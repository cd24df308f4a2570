package app.chuangxian.commendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Final results, only once the campaign's results are finalised (or published) and a source exists. */
@ApplicationScoped
public class ResultsGateway {
    @Inject
    Instance<ResultsSource> sources;

    public Campaign campaign(long campaignId) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null) {
            throw ApiException.notFound("Campaign", campaignId);
        }
        return campaign;
    }

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
        Campaign campaign = campaign(campaignId);
        if (campaign.resultsStatus != ResultsStatus.FINALISED && campaign.resultsStatus != ResultsStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "RESULTS_NOT_FINAL",
                    "The campaign's results are " + campaign.resultsStatus + "; they must be finalised first");
        }
        if (!sources.isResolvable()) {
            throw ApiException.conflict("RESULTS_NOT_AVAILABLE", "Results are not available");
        }
        return sources.get();
    }
}
