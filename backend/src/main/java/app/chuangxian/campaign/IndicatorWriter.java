package app.chuangxian.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces a standard's indicators by the requested list, keeping the id of every indicator whose code stays. */
@ApplicationScoped
public class IndicatorWriter {

    void replace(Standard standard, List<StandardRequest.IndicatorRequest> requested) {
        Map<String, Indicator> existing = new HashMap<>();
        for (Indicator i : Indicator.<Indicator>list("standardId", standard.id)) {
            existing.put(i.code, i);
        }
        int seq = 0;
        for (StandardRequest.IndicatorRequest r : requested) {
            Indicator indicator = existing.remove(r.code().trim());
            if (indicator == null) {
                indicator = new Indicator();
                indicator.campaignId = standard.campaignId;
                indicator.standardId = standard.id;
            }
            indicator.seq = ++seq;
            indicator.code = r.code().trim();
            indicator.name = r.name().trim();
            indicator.description = CampaignAccess.blankToNull(r.description());
            indicator.maxPoints = CampaignAccess.points(r.maxPoints());
            if (!indicator.isPersistent()) {
                indicator.persist();
            }
        }
        existing.values().forEach(Indicator::delete);
        Indicator.flush();
    }
}
