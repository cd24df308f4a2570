package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class FeedbackReportRepository implements PanacheRepository<FeedbackReport> {

    /** Reports of a campaign; {@code onlyBranch} and {@code status} narrow it when given. */
    public PanacheQuery<FeedbackReport> ofCampaign(long campaignId, FeedbackStatus status, Long onlyBranch, Sort sort) {
        List<String> where = new ArrayList<>(List.of("campaignId = :c"));
        Parameters params = Parameters.with("c", campaignId);
        if (status != null) {
            where.add("status = :s");
            params.and("s", status);
        }
        if (onlyBranch != null) {
            where.add("branchId = :b");
            params.and("b", onlyBranch);
        }
        return find(String.join(" and ", where), sort, params);
    }

    public Set<Long> branchesWithReport(long campaignId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select r.branchId from FeedbackReport r where r.campaignId = :c", Long.class)
                .setParameter("c", campaignId)
                .getResultList());
    }
}
