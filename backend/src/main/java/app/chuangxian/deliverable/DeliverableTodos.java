package app.chuangxian.deliverable;

import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.todo.Todo;
import app.chuangxian.common.todo.TodoKind;
import app.chuangxian.common.todo.TodoSource;
import app.chuangxian.common.todo.TodoSql;
import app.chuangxian.organisation.OrganisationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch's deliverables still owed (due, overdue, returned) and, for staff, those waiting for review; counted in SQL
 * over the campaigns under way.
 */
@ApplicationScoped
public class DeliverableTodos implements TodoSource {
    @Inject
    EntityManager em;

    @Inject
    OrganisationScope organisations;

    @Override
    public List<Todo> todos(CurrentUser user, LocalDate today) {
        List<Todo> out = new ArrayList<>();
        if (user.isBranchScoped()) {
            long branch = user.branchId().orElse(-1L);
            owed(branch, today, out);
            out.addAll(TodoSql.lines(
                    TodoKind.DELIVERABLE_RETURNED,
                    em.createNativeQuery("select d.campaign_id, c.title, count(*), null from deliverables d"
                                    + " join campaigns c on c.id = d.campaign_id and c.status = 'ACTIVE'"
                                    + " where d.branch_id = ?1 and d.status = 'RETURNED'"
                                    + " group by d.campaign_id, c.title order by d.campaign_id")
                            .setParameter(1, branch)
                            .getResultList()));
        } else if (user.isAdmin()) {
            out.addAll(TodoSql.lines(
                    TodoKind.DELIVERABLE_TO_REVIEW,
                    em.createNativeQuery("select d.campaign_id, c.title, count(*), null from deliverables d"
                                    + " join campaigns c on c.id = d.campaign_id and c.status = 'ACTIVE'"
                                    + " and c.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")"
                                    + " where d.status = 'SUBMITTED'"
                                    + " group by d.campaign_id, c.title order by d.campaign_id")
                            .setParameter(OrganisationScope.SUBTREE_PARAMETER, organisations.like())
                            .getResultList()));
        }
        return out;
    }

    /**
     * Required deliverables of the phases that have started, none of whose kind the branch has handed in yet: due
     * while the deadline (the phase's end, or the branch's extension) is ahead, overdue once it has passed.
     */
    private void owed(long branch, LocalDate today, List<Todo> out) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.campaign_id, c.title,"
                        + " sum(case when coalesce(e.deadline, p.ends_on) >= ?2 then 1 else 0 end),"
                        + " min(case when coalesce(e.deadline, p.ends_on) >= ?2 then coalesce(e.deadline, p.ends_on)"
                        + " end),"
                        + " sum(case when coalesce(e.deadline, p.ends_on) < ?2 then 1 else 0 end),"
                        + " min(case when coalesce(e.deadline, p.ends_on) < ?2 then coalesce(e.deadline, p.ends_on)"
                        + " end)"
                        + " from deliverable_types t"
                        + " join campaigns c on c.id = t.campaign_id and c.status = 'ACTIVE'"
                        + " join campaign_branches cb on cb.campaign_id = t.campaign_id and cb.branch_id = ?1"
                        + " join campaign_phases p on p.id = t.phase_id and p.starts_on <= ?2"
                        + " left join deadline_extensions e on e.phase_id = t.phase_id and e.branch_id = ?1"
                        + " where t.required = true and not exists (select 1 from deliverables d"
                        + " where d.type_id = t.id and d.branch_id = ?1 and d.status <> 'DRAFT')"
                        + " group by t.campaign_id, c.title order by t.campaign_id")
                .setParameter(1, branch)
                .setParameter(2, today)
                .getResultList();
        for (Object[] r : rows) {
            out.addAll(
                    TodoSql.lines(TodoKind.DELIVERABLE_DUE, List.<Object[]>of(new Object[] {r[0], r[1], r[2], r[3]})));
            out.addAll(TodoSql.lines(
                    TodoKind.DELIVERABLE_OVERDUE, List.<Object[]>of(new Object[] {r[0], r[1], r[4], r[5]})));
        }
    }
}
