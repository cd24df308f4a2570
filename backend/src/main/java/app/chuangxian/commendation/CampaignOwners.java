package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignOwner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The campaigns of commendation lists and feedback reports, for the campaign's state guard. */
final class CampaignOwners {
    private CampaignOwners() {}

    @ApplicationScoped
    static class OfList implements CampaignOwner {
        @Override
        public String kind() {
            return "commendation-list";
        }

        @Override
        public Optional<Long> campaignOf(long recordId) {
            return CommendationList.<CommendationList>findByIdOptional(recordId).map(l -> l.campaignId);
        }
    }

    @ApplicationScoped
    static class OfReport implements CampaignOwner {
        @Override
        public String kind() {
            return "feedback-report";
        }

        @Override
        public Optional<Long> campaignOf(long recordId) {
            return FeedbackReport.<FeedbackReport>findByIdOptional(recordId).map(r -> r.campaignId);
        }
    }
}
