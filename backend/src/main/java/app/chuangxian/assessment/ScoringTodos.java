package app.chuangxian.assessment;

import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import app.chuangxian.common.todo.Todo;
import app.chuangxian.common.todo.TodoKind;
import app.chuangxian.common.todo.TodoSource;
import app.chuangxian.common.todo.TodoSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessor's assigned branches still without a submitted scoresheet, and a branch's self-assessment not yet
 * submitted once the last phase has started; only in campaigns under way whose results are still open. The date is
 * the end of the campaign's last phase.
 */
@ApplicationScoped
public class ScoringTodos implements TodoSource {
    private static final String LAST_PHASE_ENDS =
            "(select max(p.ends_on) from campaign_phases p where p.campaign_id = c.id)";

    @Inject
    EntityManager em;

    @Override
    public List<Todo> todos(CurrentUser user, LocalDate today) {
        List<Todo> out = new ArrayList<>();
        if (user.hasRole(Roles.ASSESSOR) && user.accountId().isPresent()) {
            out.addAll(TodoSql.lines(
                    TodoKind.SCORESHEET_DUE,
                    em.createNativeQuery("select a.campaign_id, c.title, count(*), min(" + LAST_PHASE_ENDS + ")"
                                    + " from assessor_assignments a join campaigns c on c.id = a.campaign_id"
                                    + " and c.status = 'ACTIVE' and c.results_status = 'OPEN'"
                                    + " where a.assessor_id = ?1 and not exists (select 1 from scoresheets s"
                                    + " where s.campaign_id = a.campaign_id and s.branch_id = a.branch_id"
                                    + " and s.assessor_id = a.assessor_id and s.status = 'SUBMITTED')"
                                    + " group by a.campaign_id, c.title order by a.campaign_id")
                            .setParameter(1, user.accountId().get())
                            .getResultList()));
        }
        if (user.isBranchScoped()) {
            out.addAll(TodoSql.lines(
                    TodoKind.SELF_ASSESSMENT_DUE,
                    em.createNativeQuery("select c.id, c.title, 1, " + LAST_PHASE_ENDS + " from campaigns c"
                                    + " join campaign_branches cb on cb.campaign_id = c.id and cb.branch_id = ?1"
                                    + " where c.status = 'ACTIVE' and c.results_status = 'OPEN'"
                                    + " and (select max(p.starts_on) from campaign_phases p"
                                    + " where p.campaign_id = c.id) <= ?2"
                                    + " and not exists (select 1 from self_assessments s where s.campaign_id = c.id"
                                    + " and s.branch_id = ?1 and s.status = 'SUBMITTED') order by c.id")
                            .setParameter(1, user.branchId().orElse(-1L))
                            .setParameter(2, today)
                            .getResultList()));
        }
        return out;
    }
}
