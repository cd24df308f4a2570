package app.chuangxian.assessment.results;

import app.chuangxian.campaign.ResultsStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ResultsState",
        description = "Where a campaign's results stand, with the campaign's version for the next change")
public record ResultsStatusView(
        long campaignId,
        ResultsStatus resultsStatus,
        @Schema(example = "4") long version) {}
