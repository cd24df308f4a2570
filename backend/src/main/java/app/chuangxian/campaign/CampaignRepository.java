package app.chuangxian.campaign;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    /** The filters of the campaign list, each optional; {@code branchId} limits to campaigns it takes part in. */
    public record Filter(String q, CampaignStatus status, Integer year, Long branchId) {}

    public PanacheQuery<Campaign> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(title) like :q or lower(goals) like :q)");
            params.and("q", "%" + escapeLike(filter.q().trim().toLowerCase()) + "%");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        if (filter.branchId() != null) {
            where.add("id in (select p.campaignId from Participation p where p.branchId = :branchId)");
            params.and("branchId", filter.branchId());
        }
        return find(String.join(" and ", where), sort, params);
    }

    /** The current phase of each campaign, by campaign id, in one query. */
    public Map<Long, Long> currentPhases(Collection<Long> campaignIds, LocalDate today) {
        Map<Long, Long> result = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        getEntityManager()
                .createQuery(
                        "select p.campaignId, p.id from Phase p where p.campaignId in :ids"
                                + " and p.startsOn <= :today and p.endsOn >= :today",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .setParameter("today", today)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], (Long) row[1]));
        return result;
    }

    /** The number of participating branches of each campaign, by campaign id, in one query. */
    public Map<Long, Long> participantCounts(Collection<Long> campaignIds) {
        Map<Long, Long> result = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        getEntityManager()
                .createQuery(
                        "select p.campaignId, count(p) from Participation p where p.campaignId in :ids"
                                + " group by p.campaignId",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], ((Number) row[1]).longValue()));
        return result;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
