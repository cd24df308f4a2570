package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CommendationListRepository implements PanacheRepository<CommendationList> {

    public PanacheQuery<CommendationList> ofCampaign(long campaignId, ListStatus status, Sort sort) {
        if (status == null) {
            return find("campaignId = :c", sort, Parameters.with("c", campaignId));
        }
        return find(
                "campaignId = :c and status = :s",
                sort,
                Parameters.with("c", campaignId).and("s", status));
    }

    public long unpublished(long campaignId) {
        return count("campaignId = ?1 and status <> ?2", campaignId, ListStatus.PUBLISHED);
    }

    public long published(long campaignId) {
        return count("campaignId = ?1 and status = ?2", campaignId, ListStatus.PUBLISHED);
    }

    /** The latest list of the campaign approved or published from its results, or null. */
    public CommendationList decided(long campaignId) {
        return find(
                        "campaignId = ?1 and status in ?2 order by id desc",
                        campaignId,
                        List.of(ListStatus.APPROVED, ListStatus.PUBLISHED))
                .firstResult();
    }

    public Long correctionOf(long listId) {
        return getEntityManager()
                .createQuery("select l.id from CommendationList l where l.correctsId = :id", Long.class)
                .setParameter("id", listId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public List<CommendationEntry> entries(long listId) {
        return CommendationEntry.list("listId = ?1 order by position, rank, id", listId);
    }

    public CommendationEntry entry(long listId, long branchId) {
        return CommendationEntry.find("listId = ?1 and branchId = ?2", listId, branchId)
                .firstResult();
    }

    public List<Adjustment> adjustments(long listId) {
        return Adjustment.list("listId = ?1 order by createdAt, id", listId);
    }

    /** Entry counts of many lists in one query. */
    public Map<Long, Long> entryCounts(List<Long> listIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (listIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select e.listId, count(e) from CommendationEntry e where e.listId in :ids group by e.listId",
                        Object[].class)
                .setParameter("ids", listIds)
                .getResultList();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** For each of the given lists that has been corrected, the id of the correcting list, in one query. */
    public Map<Long, Long> corrections(List<Long> listIds) {
        Map<Long, Long> byCorrected = new HashMap<>();
        if (listIds.isEmpty()) {
            return byCorrected;
        }
        getEntityManager()
                .createQuery(
                        "select l.correctsId, l.id from CommendationList l where l.correctsId in :ids", Object[].class)
                .setParameter("ids", listIds)
                .getResultList()
                .forEach(r -> byCorrected.put((Long) r[0], (Long) r[1]));
        return byCorrected;
    }
}
