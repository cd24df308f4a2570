package app.chuangxian.commendation;

import app.chuangxian.campaign.ResultsReopening;
import app.chuangxian.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A commendation list approved with a document number (文号) is a decision made from the finalised results; reopening
 * them would leave the decision resting on figures that no longer exist. A list still in draft or under notice may
 * be redrawn after a correction; a decided one is changed only by a correction list.
 */
@ApplicationScoped
class DecidedListsGuard {

    void refuseWhenDecided(@Observes ResultsReopening reopening) {
        CommendationList decided = CommendationList.decided(reopening.campaignId());
        if (decided != null) {
            String name = decided.resolutionNumber == null ? "#" + decided.id : decided.resolutionNumber;
            throw ApiException.conflict(
                    "RESULTS_DECIDED",
                    "表彰名单" + name + "已据此结果批准，不能重新开放结果；如需更改，请发布更正名单。"
                            + "The commendation list " + name
                            + " was decided from these results; change the decision with a correction list instead");
        }
    }
}
