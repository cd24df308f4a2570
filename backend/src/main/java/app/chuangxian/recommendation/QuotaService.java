package app.chuangxian.recommendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.organisation.Organisation;
import app.chuangxian.organisation.OrganisationLevel;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quotas (名额): how many candidates of each title each organisation right below a campaign's may recommend. */
@ApplicationScoped
public class QuotaService {
    static final Map<String, String> SORTABLE = Map.of("name", "o.name", "code", "o.code", "id", "o.id");

    @Inject
    CampaignAccess campaigns;

    @Inject
    OrganisationService organisations;

    @Inject
    EntityManager em;

    /** Every organisation right below the campaign's, with its quota (if allotted) and what its recommendations use. */
    public PageResult<QuotaView> list(long campaignId, PageQuery paging) {
        Campaign campaign = campaigns.visible(campaignId);
        String order = SqlSort.orderBy(paging.resolveSort(SORTABLE, "name"), "o.id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.name, o.level, q.grassroots, q.local_orgs, q.due_on,"
                        + " q.version from organisations o left join recommendation_quotas q on q.organisation_id = o.id"
                        + " and q.campaign_id = :campaign where o.parent_id = :organisation order by " + order)
                .setParameter("campaign", campaign.id)
                .setParameter("organisation", campaign.organisationId)
                .setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size)
                .getResultList();
        long total = ((Number)
                        em.createNativeQuery("select count(*) from organisations where parent_id = :organisation")
                                .setParameter("organisation", campaign.organisationId)
                                .getSingleResult())
                .longValue();
        Map<Long, long[]> used = used(
                campaign.id, rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<QuotaView> items = rows.stream()
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    long[] u = used.getOrDefault(id, new long[3]);
                    return new QuotaView(
                            new OrganisationRef(id, (String) r[1], OrganisationLevel.valueOf((String) r[2])),
                            r[3] == null ? null : ((Number) r[3]).intValue(),
                            r[4] == null ? null : ((Number) r[4]).intValue(),
                            date(r[5]),
                            r[6] == null ? null : ((Number) r[6]).longValue(),
                            u[0],
                            u[1],
                            u[2]);
                })
                .toList();
        return paging.result(items, total);
    }

    /**
     * Allots (or changes) the quota of an organisation right below the campaign's. It cannot drop below what the
     * organisation has recommended already.
     */
    @Transactional
    public QuotaView set(long campaignId, long organisationId, QuotaRequest request) {
        Campaign campaign = campaigns.visible(campaignId);
        Organisation child = organisations.visible(organisationId);
        if (!campaign.organisationId.equals(child.parentId)) {
            throw ApiException.conflict(
                    "NOT_A_CHILD",
                    child.name + " 不是本活动组织的直属下级 — quotas go to the organisations right below the campaign's");
        }
        // the row lock recommending takes too: a recommendation made meanwhile is counted below, not missed
        Quota quota = Quota.locked(campaignId, organisationId).orElse(null);
        if (quota == null
                ? request.version() != null
                : !Long.valueOf(quota.version).equals(request.version())) {
            throw ApiException.staleVersion("Quota of organisation " + organisationId);
        }
        long[] used = Quota.lockedUse(campaignId, organisationId);
        if (request.grassroots() < used[0]) {
            throw ApiException.conflict(
                    "QUOTA_IN_USE",
                    "已推荐 " + used[0] + " 个基层组织，名额不能少于此数 — " + used[0] + " branches are recommended already");
        }
        if (request.local() < used[1]) {
            throw ApiException.conflict(
                    "QUOTA_IN_USE",
                    "已推荐 " + used[1] + " 个地方组织，名额不能少于此数 — " + used[1] + " local committees are recommended already");
        }
        if (quota == null) {
            quota = new Quota();
            quota.campaignId = campaignId;
            quota.organisationId = organisationId;
        }
        quota.grassroots = request.grassroots();
        quota.local = request.local();
        quota.dueOn = request.dueOn();
        quota.persistAndFlush();
        return new QuotaView(
                new OrganisationRef(child.id, child.name, child.level),
                quota.grassroots,
                quota.local,
                quota.dueOn,
                quota.version,
                used[0],
                used[1],
                used[2]);
    }

    private static java.time.LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    /** Per organisation: branches and local committees it recommended into the campaign, and how many were accepted. */
    private Map<Long, long[]> used(long campaignId, List<Long> organisationIds) {
        Map<Long, long[]> result = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return result;
        }
        em.createQuery(
                        "select r.organisationId,"
                                + " sum(case when r.title = :grassroots and r.status <> :rejected then 1 else 0 end),"
                                + " sum(case when r.title = :local and r.status <> :rejected then 1 else 0 end),"
                                + " sum(case when r.status in :accepted then 1 else 0 end)"
                                + " from Recommendation r where r.campaignId = :campaign"
                                + " and r.organisationId in :organisations group by r.organisationId",
                        Object[].class)
                .setParameter("grassroots", RecommendationTitle.GRASSROOTS)
                .setParameter("local", RecommendationTitle.LOCAL)
                .setParameter("rejected", RecommendationStatus.REJECTED)
                .setParameter(
                        "accepted",
                        List.of(
                                RecommendationStatus.ACCEPTED,
                                RecommendationStatus.COMMENDED,
                                RecommendationStatus.NOT_COMMENDED))
                .setParameter("campaign", campaignId)
                .setParameter("organisations", organisationIds)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], new long[] {
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()
                }));
        return result;
    }
}
