package app.chuangxian.assessment.assignment;

import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/** The assignment list and each assessor's load, joined and counted in SQL. */
@ApplicationScoped
public class AssignmentQueries {
    static final Map<String, String> ASSIGNMENT_SORT =
            Map.of("id", "a.id", "branchCode", "b.code", "assessor", "acc.username", "createdAt", "a.created_at");
    static final Map<String, String> LOAD_SORT =
            Map.of("id", "acc.id", "username", "acc.username", "assigned", "assigned", "submitted", "submitted");

    private static final String ASSIGNMENT_FROM = " from assessor_assignments a"
            + " join branches b on b.id = a.branch_id join accounts acc on acc.id = a.assessor_id"
            + " left join scoresheets s on s.campaign_id = a.campaign_id and s.branch_id = a.branch_id"
            + " and s.assessor_id = a.assessor_id";
    private static final String ASSIGNMENT_COLUMNS = "select a.id, a.campaign_id, a.branch_id, b.code, b.name,"
            + " a.assessor_id, acc.username, acc.display_name, s.status, a.created_at";

    @Inject
    EntityManager em;

    public PageResult<AssignmentView> assignments(long campaignId, Long branchId, Long assessorId, PageQuery paging) {
        String where = " where a.campaign_id = :c" + (branchId == null ? "" : " and a.branch_id = :b")
                + (assessorId == null ? "" : " and a.assessor_id = :s");
        String order = SqlSort.orderBy(paging.resolveSort(ASSIGNMENT_SORT, "branchCode"), "a.id");
        Query page = em.createNativeQuery(ASSIGNMENT_COLUMNS + ASSIGNMENT_FROM + where + " order by " + order);
        Query count = em.createNativeQuery("select count(*) from assessor_assignments a" + where);
        for (Query q : List.of(page, count)) {
            q.setParameter("c", campaignId);
            if (branchId != null) {
                q.setParameter("b", branchId);
            }
            if (assessorId != null) {
                q.setParameter("s", assessorId);
            }
        }
        List<?> rows = page.setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size)
                .getResultList();
        return paging.result(
                rows.stream().map(r -> assignment((Object[]) r)).toList(),
                ((Number) count.getSingleResult()).longValue());
    }

    public AssignmentView assignment(long id) {
        List<?> rows = em.createNativeQuery(ASSIGNMENT_COLUMNS + ASSIGNMENT_FROM + " where a.id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Assignment", id);
        }
        return assignment((Object[]) rows.get(0));
    }

    /** Every assessor account with the number of the campaign's branches assigned to them and submitted by them. */
    public PageResult<AssessorLoad> load(long campaignId, PageQuery paging) {
        String order = SqlSort.orderBy(paging.resolveSort(LOAD_SORT, "username"), "acc.id");
        String assessors = " from accounts acc where concat(',', replace(acc.roles, ' ', ''), ',') like '%,ASSESSOR,%'";
        List<?> rows = em.createNativeQuery("select acc.id, acc.username, acc.display_name, acc.branch_id,"
                        + " (select count(*) from assessor_assignments a where a.campaign_id = :c and a.assessor_id = acc.id) assigned,"
                        + " (select count(*) from scoresheets s where s.campaign_id = :c and s.assessor_id = acc.id"
                        + " and s.status = 'SUBMITTED') submitted" + assessors + " order by " + order)
                .setParameter("c", campaignId)
                .setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size)
                .getResultList();
        long total =
                ((Number) em.createNativeQuery("select count(*)" + assessors).getSingleResult()).longValue();
        return paging.result(
                rows.stream()
                        .map(o -> {
                            Object[] r = (Object[]) o;
                            return new AssessorLoad(
                                    num(r[0]),
                                    (String) r[1],
                                    (String) r[2],
                                    r[3] == null ? null : num(r[3]),
                                    num(r[4]),
                                    num(r[5]));
                        })
                        .toList(),
                total);
    }

    private static AssignmentView assignment(Object[] r) {
        return new AssignmentView(
                num(r[0]),
                num(r[1]),
                num(r[2]),
                (String) r[3],
                (String) r[4],
                num(r[5]),
                (String) r[6],
                (String) r[7],
                r[8] == null ? null : SheetStatus.valueOf((String) r[8]),
                SqlValues.instant(r[9]));
    }

    public static long num(Object o) {
        return ((Number) o).longValue();
    }
}
