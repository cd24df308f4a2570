package app.chuangxian.commendation;

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

/** Staff's open objections and public notices (公示) that have ended or end within three days, per campaign. */
@ApplicationScoped
public class CommendationTodos implements TodoSource {
    /** How many days before its end a notice comes onto staff's list. */
    static final int NOTICE_WARNING_DAYS = 3;

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
        out.addAll(TodoSql.lines(
                TodoKind.OBJECTION_OPEN,
                em.createNativeQuery("select l.campaign_id, c.title, count(*), min(l.notice_ends_on)"
                                + " from commendation_objections o join commendation_lists l on l.id = o.list_id"
                                + " join campaigns c on c.id = l.campaign_id where o.status = 'OPEN'"
                                + " and c.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")"
                                + " group by l.campaign_id, c.title order by l.campaign_id")
                        .setParameter(OrganisationScope.SUBTREE_PARAMETER, organisations.like())
                        .getResultList()));
        out.addAll(TodoSql.lines(
                TodoKind.NOTICE_ENDING,
                em.createNativeQuery("select l.campaign_id, c.title, count(*), min(l.notice_ends_on)"
                                + " from commendation_lists l join campaigns c on c.id = l.campaign_id"
                                + " where l.status = 'NOTICE' and l.notice_ends_on <= :until"
                                + " and c.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")"
                                + " group by l.campaign_id, c.title order by l.campaign_id")
                        .setParameter("until", today.plusDays(NOTICE_WARNING_DAYS))
                        .setParameter(OrganisationScope.SUBTREE_PARAMETER, organisations.like())
                        .getResultList()));
        return out;
    }
}
