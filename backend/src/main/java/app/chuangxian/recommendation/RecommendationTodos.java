package app.chuangxian.recommendation;

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
 * Staff's recommendations to review (received into a campaign of their subtree, SUBMITTED) and those returned to
 * them for a fix (sent from a campaign of their subtree, RETURNED), per campaign; the date is the recommender's
 * deadline where there is one.
 */
@ApplicationScoped
public class RecommendationTodos implements TodoSource {
    @Inject
    EntityManager em;

    @Inject
    OrganisationScope organisations;

    @Override
    public List<Todo> todos(CurrentUser user, LocalDate today) {
        List<Todo> out = new ArrayList<>();
        if (!user.isAdmin()) {
            return out;
        }
        out.addAll(lines(TodoKind.RECOMMENDATION_TO_REVIEW, "campaign_id", "SUBMITTED"));
        out.addAll(lines(TodoKind.RECOMMENDATION_RETURNED, "source_campaign_id", "RETURNED"));
        return out;
    }

    private List<Todo> lines(TodoKind kind, String campaignColumn, String status) {
        return TodoSql.lines(
                kind,
                em.createNativeQuery("select c.id, c.title, count(*), min(q.due_on) from recommendations r"
                                + " join campaigns c on c.id = r." + campaignColumn
                                + " left join recommendation_quotas q on q.campaign_id = r.campaign_id"
                                + " and q.organisation_id = r.organisation_id"
                                + " where r.status = :status and c.organisation_id in ("
                                + OrganisationScope.SUBTREE_IDS + ") group by c.id, c.title order by c.id")
                        .setParameter("status", status)
                        .setParameter(OrganisationScope.SUBTREE_PARAMETER, organisations.like())
                        .getResultList());
    }
}
