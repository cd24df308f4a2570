package app.chuangxian.assessment;

import app.chuangxian.campaign.RequiredDeliverables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the deliverables feature in tests: tests say which branches lack which required deliverables. */
@ApplicationScoped
public class TestDeliverableProbe implements RequiredDeliverables {
    public static final Map<Long, Map<Long, List<String>>> MISSING = new ConcurrentHashMap<>();

    @Override
    public Map<Long, List<String>> missingRequiredDeliverables(long campaignId) {
        return MISSING.getOrDefault(campaignId, Map.of());
    }
}
