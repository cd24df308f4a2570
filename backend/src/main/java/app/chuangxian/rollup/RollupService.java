package app.chuangxian.rollup;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.organisation.Organisation;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationService;
import app.chuangxian.organisation.OrganisationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of the tree (汇总): for an organisation's children, what each one's subtree holds and has done in its
 * campaigns, and the same for the organisation's own subtree in total; with the quota each was allotted from above
 * and what it recommended up. Counted from the records in four grouped statements per page (branches; campaigns and
 * their participants; deliverables; quotas and recommendations), whatever the size of the subtrees.
 */
@ApplicationScoped
public class RollupService {
    /** Figures by position: branches, active, campaigns, plans, under way, published, participations, submitted, ... */
    private static final int FIGURES = 12;

    private static final String SUBTREE =
            "from organisations o join organisations d on d.path like concat(o.path, '%')";

    @Inject
    OrganisationService organisations;

    @Inject
    EntityManager em;

    /** A page of the organisation's children with their figures, and the organisation's own in total. */
    public RollupPage rollup(long id, Integer year, PageQuery paging) {
        Organisation node = organisations.visible(id);
        PageResult<OrganisationView> children = organisations.list(id, null, null, paging);
        List<Long> ids = new ArrayList<>(
                children.items.stream().map(OrganisationView::id).toList());
        ids.add(node.id);
        Map<Long, long[]> figures = figures(ids, year);
        List<RollupView> rows = children.items.stream()
                .map(c -> view(new OrganisationRef(c.id(), c.name(), c.level()), figures.get(c.id())))
                .toList();
        RollupView total = view(new OrganisationRef(node.id, node.name, node.level), figures.get(node.id));
        return new RollupPage(paging.result(rows, children.total), total);
    }

    private Map<Long, long[]> figures(List<Long> ids, Integer year) {
        Map<Long, long[]> out = new HashMap<>();
        ids.forEach(id -> out.put(id, new long[FIGURES]));
        String ofYear = year == null ? "" : " and k.campaign_year = :year";
        add(
                out,
                0,
                em.createNativeQuery("select o.id, count(b.id),"
                        + " sum(case when b.status = 'ACTIVE' then 1 else 0 end) " + SUBTREE
                        + " join branches b on b.organisation_id = d.id where o.id in (:ids) group by o.id"),
                ids,
                null);
        add(
                out,
                2,
                em.createNativeQuery("select o.id, count(distinct k.id),"
                        + " count(distinct case when k.parent_campaign_id is not null then k.id end),"
                        + " count(distinct case when k.status = 'ACTIVE' then k.id end),"
                        + " count(distinct case when k.results_status = 'PUBLISHED' then k.id end),"
                        + " count(cb.branch_id) " + SUBTREE
                        + " join campaigns k on k.organisation_id = d.id" + ofYear
                        + " left join campaign_branches cb on cb.campaign_id = k.id"
                        + " where o.id in (:ids) group by o.id"),
                ids,
                year);
        add(
                out,
                7,
                em.createNativeQuery("select o.id,"
                        + " sum(case when dl.status = 'SUBMITTED' then 1 else 0 end),"
                        + " sum(case when dl.status = 'ACCEPTED' then 1 else 0 end),"
                        + " sum(case when dl.status = 'RETURNED' then 1 else 0 end) " + SUBTREE
                        + " join campaigns k on k.organisation_id = d.id" + ofYear
                        + " join deliverables dl on dl.campaign_id = k.id"
                        + " where o.id in (:ids) group by o.id"),
                ids,
                year);
        add(
                out,
                10,
                em.createNativeQuery("select o.id,"
                        + " (select coalesce(sum(q.grassroots + q.local_orgs), 0) from recommendation_quotas q"
                        + " join campaigns k on k.id = q.campaign_id" + ofYear
                        + " where q.organisation_id = o.id),"
                        + " (select count(*) from recommendations r join campaigns k on k.id = r.campaign_id" + ofYear
                        + " where r.organisation_id = o.id and r.status <> 'REJECTED')"
                        + " from organisations o where o.id in (:ids)"),
                ids,
                year);
        return out;
    }

    /** Runs a grouped statement and puts its columns after the id at {@code from} onwards in each row's figures. */
    private static void add(Map<Long, long[]> out, int from, Query query, List<Long> ids, Integer year) {
        query.setParameter("ids", ids);
        if (year != null) {
            query.setParameter("year", year);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            long[] figures = out.get(((Number) r[0]).longValue());
            for (int i = 1; i < r.length; i++) {
                figures[from + i - 1] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
        }
    }

    private static RollupView view(OrganisationRef organisation, long[] f) {
        return new RollupView(organisation, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11]);
    }
}
