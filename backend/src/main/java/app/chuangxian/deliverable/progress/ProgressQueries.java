package app.chuangxian.deliverable.progress;

import app.chuangxian.deliverable.progress.ProgressViews.State;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of the progress board. One statement of cells gives, per participating branch and required type, the best
 * state (0 missing .. 4 accepted) and whether it is late; the cells of a page of branches and the totals per phase
 * are each one query over it, however many branches take part.
 */
@ApplicationScoped
public class ProgressQueries {
    static final State[] BY_RANK = {State.MISSING, State.DRAFT, State.RETURNED, State.SUBMITTED, State.ACCEPTED};

    private static final String RANK = "case d.status when 'ACCEPTED' then 4 when 'SUBMITTED' then 3"
            + " when 'RETURNED' then 2 when 'DRAFT' then 1 else 0 end";

    /**
     * Per participating branch and required type: the best state of its deliverables (0 when it has none) and whether
     * it is late. The deliverables are reduced to one row per branch and type first ({@code dx}, from the campaign's
     * deliverables alone, narrowed by {@code %s}); an extension is one per phase and branch. So every row of the
     * statement is one cell, and no grouping over the joined cells is needed.
     */
    private static final String CELLS = "select cb.branch_id as branch_id, t.phase_id as phase_id, t.id as type_id,"
            + " coalesce(dx.state_rank, 0) as state_rank,"
            + " case when dx.late = 1 then 1"
            + "  when coalesce(dx.state_rank, 0) < 3 and coalesce(e.deadline, p.ends_on) < :today then 1"
            + "  else 0 end as late"
            + " from campaign_branches cb"
            + " join deliverable_types t on t.campaign_id = cb.campaign_id and t.required = true"
            + " join campaign_phases p on p.id = t.phase_id"
            + " left join deadline_extensions e on e.phase_id = t.phase_id and e.branch_id = cb.branch_id"
            + " left join (select d.branch_id, d.type_id, max(" + RANK + ") as state_rank,"
            + "  max(case when d.late = true then 1 else 0 end) as late"
            + "  from deliverables d where d.campaign_id = :campaign%s group by d.branch_id, d.type_id) dx"
            + "  on dx.branch_id = cb.branch_id and dx.type_id = t.id"
            + " where cb.campaign_id = :campaign";

    @Inject
    EntityManager em;

    /** Filters shared by every query: the campaign, an optional phase and an optional single branch. */
    public record Scope(long campaignId, Long phaseId, Long onlyBranch, LocalDate today) {}

    public long countBranches(Scope s) {
        Query q = em.createNativeQuery("select count(*) from campaign_branches cb where cb.campaign_id = :campaign"
                + (s.onlyBranch() == null ? "" : " and cb.branch_id = :only"));
        q.setParameter("campaign", s.campaignId());
        if (s.onlyBranch() != null) {
            q.setParameter("only", s.onlyBranch());
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The orders a page of branches may take, by the name a client sorts by. */
    public static final Map<String, String> BRANCH_ORDER = Map.of("code", "b.code", "name", "b.name");

    /** id, code, name of one page of participating branches, by code. */
    public List<Object[]> branchPage(Scope s, int offset, int size) {
        return branchPage(s, Sort.ascending("b.code").and("b.id"), offset, size);
    }

    /** id, code, name of one page of participating branches in the given order (columns of {@link #BRANCH_ORDER}). */
    @SuppressWarnings("unchecked")
    public List<Object[]> branchPage(Scope s, Sort sort, int offset, int size) {
        String orderBy = sort.getColumns().stream()
                .map(c -> ("id".equals(c.getName()) ? "b.id" : c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        Query q = em.createNativeQuery("select b.id, b.code, b.name from campaign_branches cb"
                + " join branches b on b.id = cb.branch_id where cb.campaign_id = :campaign"
                + (s.onlyBranch() == null ? "" : " and cb.branch_id = :only") + " order by " + orderBy);
        q.setParameter("campaign", s.campaignId());
        if (s.onlyBranch() != null) {
            q.setParameter("only", s.onlyBranch());
        }
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** branch_id, phase_id, type_id, state_rank, late for the given branches. */
    @SuppressWarnings("unchecked")
    public List<Object[]> cells(Scope s, List<Long> branchIds) {
        Query q = em.createNativeQuery(CELLS.formatted(" and d.branch_id in (:branches)") + phase(s)
                + " and cb.branch_id in (:branches) order by cb.branch_id, t.phase_id, t.id");
        bind(q, s).setParameter("branches", branchIds);
        return q.getResultList();
    }

    /** phase_id, state_rank, count, late count over all (visible) branches. */
    @SuppressWarnings("unchecked")
    public List<Object[]> totals(Scope s) {
        String only = s.onlyBranch() == null ? "" : " and %s.branch_id = :only";
        Query q = em.createNativeQuery("select x.phase_id, x.state_rank, count(*), sum(x.late) from ("
                + CELLS.formatted(only.formatted("d")) + phase(s) + only.formatted("cb")
                + ") x group by x.phase_id, x.state_rank");
        bind(q, s);
        if (s.onlyBranch() != null) {
            q.setParameter("only", s.onlyBranch());
        }
        return q.getResultList();
    }

    private static String phase(Scope s) {
        return s.phaseId() == null ? "" : " and t.phase_id = :phase";
    }

    private static Query bind(Query q, Scope s) {
        q.setParameter("campaign", s.campaignId()).setParameter("today", s.today());
        if (s.phaseId() != null) {
            q.setParameter("phase", s.phaseId());
        }
        return q;
    }
}
