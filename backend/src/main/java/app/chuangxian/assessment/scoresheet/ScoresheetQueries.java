package app.chuangxian.assessment.scoresheet;

import app.chuangxian.account.Account;
import app.chuangxian.account.AccountService;
import app.chuangxian.assessment.ScoreInput;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.assignment.AssignmentQueries;
import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchService;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads scoresheets for the API: the paged list (with the visibility rule in SQL) and one sheet in full. */
@ApplicationScoped
public class ScoresheetQueries {
    static final Map<String, String> SORT = Map.of(
            "id",
            "s.id",
            "branchCode",
            "b.code",
            "total",
            "s.total",
            "status",
            "s.status",
            "updatedAt",
            "s.updated_at");

    @Inject
    AccountService accounts;

    @Inject
    BranchService branches;

    @Inject
    EntityManager em;

    /** @param viewer the assessor asking (their own sheets, and others' where their own is submitted); null for staff */
    public PageResult<ScoresheetView> list(
            long campaignId, Long branchId, SheetStatus status, Long viewer, PageQuery paging) {
        StringBuilder where = new StringBuilder(" from scoresheets s join branches b on b.id = s.branch_id"
                + " join accounts acc on acc.id = s.assessor_id where s.campaign_id = :c");
        if (branchId != null) {
            where.append(" and s.branch_id = :b");
        }
        if (status != null) {
            where.append(" and s.status = :st");
        }
        if (viewer != null) {
            where.append(
                    " and (s.assessor_id = :me or exists (select 1 from scoresheets mine where mine.campaign_id = s.campaign_id"
                            + " and mine.branch_id = s.branch_id and mine.assessor_id = :me and mine.status = 'SUBMITTED'))");
        }
        String order = SqlSort.orderBy(paging.resolveSort(SORT, "branchCode"), "s.id");
        Query page =
                em.createNativeQuery("select s.id, s.campaign_id, s.branch_id, b.code, s.assessor_id, acc.display_name,"
                        + " s.status, s.total, s.submitted_at, s.version, s.updated_at" + where + " order by " + order);
        Query count = em.createNativeQuery("select count(*)" + where);
        for (Query q : List.of(page, count)) {
            q.setParameter("c", campaignId);
            if (branchId != null) {
                q.setParameter("b", branchId);
            }
            if (status != null) {
                q.setParameter("st", status.name());
            }
            if (viewer != null) {
                q.setParameter("me", viewer);
            }
        }
        List<?> rows = page.setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size)
                .getResultList();
        return paging.result(
                rows.stream()
                        .map(o -> {
                            Object[] r = (Object[]) o;
                            return new ScoresheetView(
                                    AssignmentQueries.num(r[0]),
                                    AssignmentQueries.num(r[1]),
                                    AssignmentQueries.num(r[2]),
                                    (String) r[3],
                                    AssignmentQueries.num(r[4]),
                                    (String) r[5],
                                    SheetStatus.valueOf((String) r[6]),
                                    (BigDecimal) r[7],
                                    app.chuangxian.common.persistence.SqlValues.instant(r[8]),
                                    null,
                                    null,
                                    AssignmentQueries.num(r[9]),
                                    app.chuangxian.common.persistence.SqlValues.instant(r[10]));
                        })
                        .toList(),
                ((Number) count.getSingleResult()).longValue());
    }

    public ScoresheetView view(Scoresheet sheet, boolean withReopenings) {
        Branch branch = branches.lookUp(sheet.branchId).orElseThrow();
        Account assessor = accounts.lookUp(sheet.assessorId).orElseThrow();
        return view(new Loaded(sheet, branch.code, assessor.displayName), withReopenings);
    }

    /** A scoresheet with its scores, its branch's code and its assessor's name, read in one statement. */
    public record Loaded(Scoresheet sheet, String branchCode, String assessorName) {}

    /** The scoresheet of that id with what its view shows, in one statement; null when there is none. */
    public Loaded load(long id) {
        List<Object[]> rows = em.createQuery(
                        "select s, b.code, a.displayName from Scoresheet s left join fetch s.scores, Branch b,"
                                + " Account a where s.id = :id and b.id = s.branchId and a.id = s.assessorId",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty()
                ? null
                : new Loaded((Scoresheet) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    public ScoresheetView view(Loaded loaded, boolean withReopenings) {
        Scoresheet sheet = loaded.sheet();
        List<ScoresheetView.Reopening> reopenings = withReopenings
                ? ScoresheetReopening.<ScoresheetReopening>list("scoresheetId = ?1 order by reopenedAt, id", sheet.id)
                        .stream()
                        .map(r -> new ScoresheetView.Reopening(r.reason, r.reopenedBy, r.reopenedAt))
                        .toList()
                : null;
        return new ScoresheetView(
                sheet.id,
                sheet.campaignId,
                sheet.branchId,
                loaded.branchCode(),
                sheet.assessorId,
                loaded.assessorName(),
                sheet.status,
                sheet.total,
                sheet.submittedAt,
                sheet.scores.stream()
                        .map(l -> new ScoreInput(l.indicatorId, l.points, l.comment))
                        .toList(),
                reopenings,
                sheet.version,
                sheet.updatedAt);
    }
}
