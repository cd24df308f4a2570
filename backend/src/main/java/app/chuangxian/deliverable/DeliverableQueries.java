package app.chuangxian.deliverable;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliverable list in two statements: the page, chosen first from the deliverables alone (by an index on the
 * campaign and the sort column) and only then joined to its 50 rows' type and branch names; and the count, without
 * joins. The list does not sort the whole campaign to show one page.
 */
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
            "d.submitted_at",
            "updatedAt",
            "d.updated_at",
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
        List<String> where = new ArrayList<>(List.of("d.campaign_id = :campaign"));
        Map<String, Object> params = new HashMap<>(Map.of("campaign", campaignId));
        if (handedInOnly) {
            where.add("d.status <> 'DRAFT'");
        }
        add(where, params, "d.branch_id", "branch", f.branchId());
        add(where, params, "d.branch_id", "onlyBranch", onlyBranch);
        add(where, params, "d.phase_id", "phase", f.phaseId());
        add(where, params, "d.type_id", "type", f.typeId());
        add(
                where,
                params,
                "d.status",
                "status",
                f.status() == null ? null : f.status().name());
        add(where, params, "d.late", "late", f.late());
        String filter = " where " + String.join(" and ", where);
        String order = " order by " + SqlSort.orderBy(paging.resolveSort(SORTABLE, "-updatedAt"), "d.id");
        // the names a sort by branch or type needs, joined before the page is chosen; none otherwise
        String sortJoins = (order.contains("b.") ? " join branches b on b.id = d.branch_id" : "")
                + (order.contains("t.") ? " join deliverable_types t on t.id = d.type_id" : "");
        String pageIds = "select d.id from deliverables d" + sortJoins + filter + order + " limit " + paging.size
                + " offset " + (long) (paging.page - 1) * paging.size;
        Query page = em.createNativeQuery("select d.id, d.phase_id, d.type_id, t.name, d.branch_id, b.name, d.title,"
                + " d.status, d.late, d.revision, d.submitted_at, d.version, d.updated_at, d.return_reason"
                + " from (" + pageIds + ") p join deliverables d on d.id = p.id"
                + " join deliverable_types t on t.id = d.type_id join branches b on b.id = d.branch_id" + order);
        Query count = em.createNativeQuery("select count(*) from deliverables d" + filter);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<DeliverableViews.Summary> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            items.add(summary((Object[]) row));
        }
        return paging.result(items, ((Number) count.getSingleResult()).longValue());
    }

    private static void add(List<String> where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static DeliverableViews.Summary summary(Object[] r) {
        return new DeliverableViews.Summary(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                (String) r[3],
                ((Number) r[4]).longValue(),
                (String) r[5],
                (String) r[6],
                DeliverableStatus.valueOf((String) r[7]),
                SqlValues.bool(r[8]),
                ((Number) r[9]).intValue(),
                SqlValues.instant(r[10]),
                ((Number) r[11]).longValue(),
                SqlValues.instant(r[12]),
                (String) r[13]);
    }
}
