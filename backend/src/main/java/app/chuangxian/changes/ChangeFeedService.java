package app.chuangxian.changes;

import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.persistence.SqlValues;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the change feed of the caller's subtree from a cursor; a VIEWER reads no scoresheets and only published
 * commendation lists. A change becomes readable once it has settled (a few
 * seconds old by default): a transaction that took a position and commits later than one after it is then still
 * seen by a reader that went on meanwhile.
 */
@ApplicationScoped
public class ChangeFeedService {
    static final int MAX_SIZE = 500;
    /** A change's columns, in the order {@link #view} reads them. */
    private static final String SELECT = "select c.id, c.resource, c.resource_id, c.operation, c.status,"
            + " c.campaign_id, c.branch_id, c.occurred_at from changes c";

    /**
     * What only staff read, as the records' own operations decide: scoresheets, and commendation lists before they
     * are published.
     */
    private static final String STAFF_ONLY =
            " and c.resource <> 'SCORESHEET'" + " and (c.resource <> 'COMMENDATION_LIST' or c.status = 'PUBLISHED')";

    private static final Pattern CURSOR = Pattern.compile("c1\\.(0|[1-9][0-9]{0,17})");

    @Inject
    EntityManager em;

    @Inject
    OrganisationScope scope;

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "app.changes.settle", defaultValue = "5s")
    Duration settle;

    /** The changes after {@code since} (from the first when null), at most {@code size}, of one resource or all. */
    public ChangeViews.Page read(String since, ChangedRecord resource, int size, Instant now) {
        long after = position(since);
        StringBuilder where = new StringBuilder(" where c.id > :after and c.occurred_at <= :upTo");
        if (resource != null) {
            where.append(" and c.resource = :resource");
        }
        if (!scope.atRoot()) {
            where.append(" and c.organisation_id in (" + OrganisationScope.SUBTREE_IDS + ")");
        }
        if (!user.isAdmin()) {
            where.append(STAFF_ONLY);
        }
        // One more than asked, to know whether more wait.
        Query query = em.createNativeQuery(SELECT + where + " order by c.id")
                .setParameter("after", after)
                .setParameter("upTo", now.minus(settle))
                .setMaxResults(size + 1);
        if (resource != null) {
            query.setParameter("resource", resource.name());
        }
        if (!scope.atRoot()) {
            query.setParameter(OrganisationScope.SUBTREE_PARAMETER, scope.like());
        }
        List<ChangeViews.View> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            items.add(view((Object[]) row));
        }
        boolean more = items.size() > size;
        if (more) {
            items = items.subList(0, size);
        }
        long last = items.isEmpty() ? after : items.get(items.size() - 1).sequence();
        return new ChangeViews.Page(List.copyOf(items), cursor(last), more);
    }

    /** One change, whoever it belongs to: for the job that hands changes to the webhooks. */
    public ChangeViews.View one(long id) {
        Object[] row = (Object[]) em.createNativeQuery(SELECT + " where c.id = :id")
                .setParameter("id", id)
                .getSingleResult();
        return view(row);
    }

    static String cursor(long position) {
        return "c1." + position;
    }

    /** The position a cursor names; one this API did not give is 400 on {@code since}. */
    static long position(String since) {
        if (since == null) {
            return 0;
        }
        Matcher m = CURSOR.matcher(since);
        if (!m.matches()) {
            throw ApiException.invalidField("since", "is not a cursor this API gave (such as c1.1042)");
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLarge) {
            throw ApiException.invalidField("since", "is not a cursor this API gave (such as c1.1042)");
        }
    }

    private static ChangeViews.View view(Object[] r) {
        return new ChangeViews.View(
                ((Number) r[0]).longValue(),
                ChangedRecord.valueOf((String) r[1]),
                ((Number) r[2]).longValue(),
                ChangeOperation.valueOf((String) r[3]),
                (String) r[4],
                r[5] == null ? null : ((Number) r[5]).longValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(),
                SqlValues.instant(r[7]));
    }
}
