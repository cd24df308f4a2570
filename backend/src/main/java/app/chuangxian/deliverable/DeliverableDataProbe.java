package app.chuangxian.deliverable;

import app.chuangxian.campaign.BranchRecords;
import app.chuangxian.campaign.RequiredDeliverables;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What deliverables and site visits tell the campaign feature. */
// Looked up through Instance<BranchRecords> and Instance<RequiredDeliverables>, which the build cannot see
@Unremovable
@ApplicationScoped
public class DeliverableDataProbe implements BranchRecords, RequiredDeliverables {
    @Inject
    EntityManager em;

    @Override
    public boolean branchHasData(long branchId) {
        Number n = (Number) em.createNativeQuery("select (select count(*) from deliverables where branch_id = :b)"
                        + " + (select count(*) from site_visits where branch_id = :b)")
                .setParameter("b", branchId)
                .getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public Map<Long, List<String>> missingRequiredDeliverables(long campaignId) {
        return missing(campaignId, null);
    }

    @Override
    public Map<Long, List<String>> missingRequiredDeliverables(long campaignId, Collection<Long> branchIds) {
        return branchIds.isEmpty() ? Map.of() : missing(campaignId, branchIds);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> missing(long campaignId, Collection<Long> branchIds) {
        Query q = em.createNativeQuery("select cb.branch_id, t.name from campaign_branches cb"
                        + " join deliverable_types t on t.campaign_id = cb.campaign_id and t.required = true"
                        + " where cb.campaign_id = :c"
                        + (branchIds == null ? "" : " and cb.branch_id in (:ids)")
                        + " and not exists (select 1 from deliverables d where d.type_id = t.id"
                        + " and d.branch_id = cb.branch_id and d.status = 'ACCEPTED')"
                        + " order by cb.branch_id, t.seq, t.id")
                .setParameter("c", campaignId);
        if (branchIds != null) {
            q.setParameter("ids", branchIds);
        }
        List<Object[]> rows = q.getResultList();
        Map<Long, List<String>> missing = new LinkedHashMap<>();
        for (Object[] r : rows) {
            missing.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add((String) r[1]);
        }
        return missing;
    }
}
