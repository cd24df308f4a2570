package app.chuangxian.deliverable;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The deliverable list: one query for the page (with type and branch names), one for the count. */
@ApplicationScoped
public class DeliverableQueries {
    static final Map<String, String> SORTABLE = Map.of(
            "id",
            "d.id",
            "title",
            "d.title",
            "status",
            "d.status",
            "submittedAt",
            "d.submittedAt",
            "updatedAt",
            "d.updatedAt",
            "branch",
            "b.code",
            "type",
            "t.seq",
            "late",
            "d.late");

    /** The filters of the list, each optional. */
    public record Filter(Long branchId, Long phaseId, Long typeId, DeliverableStatus status, Boolean late) {}

    @Inject
    EntityManager em;

    PageResult<DeliverableViews.Summary> search(
            long campaignId, Filter f, Long onlyBranch, boolean handedInOnly, PageQuery paging) {
        List<String> where = new ArrayList<>(List.of("d.campaignId = :campaign"));
        Map<String, Object> params = new HashMap<>(Map.of("campaign", campaignId));
        if (handedInOnly) {
            where.add("d.status <> :draft");
            params.put("draft", DeliverableStatus.DRAFT);
        }
        add(where, params, "d.branchId", "branch", f.branchId());
        add(where, params, "d.branchId", "onlyBranch", onlyBranch);
        add(where, params, "d.phaseId", "phase", f.phaseId());
        add(where, params, "d.typeId", "type", f.typeId());
        add(where, params, "d.status", "status", f.status());
        add(where, params, "d.late", "late", f.late());
        String from = " from Deliverable d join DeliverableType t on t.id = d.typeId join Branch b on b.id = d.branchId"
                + " where " + String.join(" and ", where);
        String order = orderBy(paging.resolveSort(SORTABLE, "-updatedAt"));
        TypedQuery<Object[]> page = em.createQuery(
                "select d.id, d.phaseId, d.typeId, t.name, d.branchId, b.name,"
                        + " d.title, d.status, d.late, d.revision, d.submittedAt, d.version, d.updatedAt, d.returnReason"
                        + from
                        + order,
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(d)" + from, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<DeliverableViews.Summary> items =
                page.setFirstResult((paging.page - 1) * paging.size).setMaxResults(paging.size).getResultList().stream()
                        .map(DeliverableQueries::summary)
                        .toList();
        return paging.result(items, count.getSingleResult());
    }

    private static void add(List<String> where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Column c : sort.getColumns()) {
            String name = c.getName().contains(".") ? c.getName() : "d." + c.getName();
            parts.add(name + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"));
        }
        return " order by " + String.join(", ", parts);
    }

    private static DeliverableViews.Summary summary(Object[] r) {
        return new DeliverableViews.Summary(
                (Long) r[0],
                (Long) r[1],
                (Long) r[2],
                (String) r[3],
                (Long) r[4],
                (String) r[5],
                (String) r[6],
                (DeliverableStatus) r[7],
                (Boolean) r[8],
                (Integer) r[9],
                (Instant) r[10],
                (Long) r[11],
                (Instant) r[12],
                (String) r[13]);
    }
}
