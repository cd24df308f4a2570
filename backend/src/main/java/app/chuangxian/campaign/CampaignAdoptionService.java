package app.chuangxian.campaign;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.paging.SqlSort;
import app.chuangxian.common.persistence.RetryOnDeadlock;
import app.chuangxian.organisation.OrganisationLevel;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationScope;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cascading campaigns (ADR 016): a launched campaign of an organisation is adopted by each organisation right below
 * it as its own implementation plan, a DRAFT campaign of the child with its own document number and dates inside
 * the parent's phases. The parent's standards and indicators come along inherited and stay as set there; the
 * child adds local standards, its own deliverable types, participants and assessors.
 */
@ApplicationScoped
public class CampaignAdoptionService {
    static final Map<String, String> OFFER_SORTABLE =
            Map.of("title", "title", "year", "year", "createdAt", "createdAt", "id", "id");

    static final Map<String, String> CHILD_SORTABLE =
            Map.of("name", "o.name", "code", "o.code", "adoptedAt", "c.created_at", "id", "o.id");

    @Inject
    CampaignAccess access;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignTemplateService templates;

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    @Inject
    EntityManager em;

    /** The launched campaigns of the organisation right above the caller's, with the caller's plan of each. */
    public PageResult<AdoptableCampaignView> offers(PageQuery paging) {
        Sort sort = paging.resolveSort(OFFER_SORTABLE, "-year");
        Optional<Long> parent = scope.parentId();
        if (parent.isEmpty()) {
            return paging.result(List.of(), 0);
        }
        PanacheQuery<Campaign> query =
                Campaign.find("organisationId = ?1 and status = ?2", sort, parent.get(), CampaignStatus.ACTIVE);
        List<Campaign> page = query.page(paging.panachePage()).list();
        List<Long> ids = page.stream().map(c -> c.id).toList();
        Map<Long, LocalDate[]> windows = windows(ids);
        Map<Long, Long> plans = plansOf(scope.organisationId(), ids);
        OrganisationRef launchedBy = organisations.ref(parent.get()).orElse(null);
        return paging.result(
                page.stream()
                        .map(c -> {
                            LocalDate[] window = windows.getOrDefault(c.id, new LocalDate[2]);
                            return new AdoptableCampaignView(
                                    c.id,
                                    c.title,
                                    c.year,
                                    c.documentNumber,
                                    c.basisDocuments,
                                    launchedBy,
                                    window[0],
                                    window[1],
                                    plans.get(c.id));
                        })
                        .toList(),
                query.count());
    }

    /**
     * The caller's organisation adopts the campaign: a new DRAFT campaign of its own, with the parent's phases
     * (same dates, to move inside them), standards (inherited), grades and deliverable types.
     */
    @RetryOnDeadlock
    @Transactional
    public CampaignView adopt(long parentCampaignId, AdoptionRequest request) {
        Campaign parent = offered(parentCampaignId);
        long mine = scope.organisationId();
        Optional<Long> existing =
                plansOf(mine, List.of(parent.id)).values().stream().findFirst();
        if (existing.isPresent()) {
            throw ApiException.conflict(
                    "CAMPAIGN_ALREADY_ADOPTED",
                    "Your organisation has already adopted campaign " + parent.id + " as campaign " + existing.get());
        }
        Campaign plan = templates.adoptionOf(parent, request.title().trim(), mine);
        plan.documentNumber = request.documentNumber().trim();
        Campaign.flush();
        return campaigns.view(plan);
    }

    /**
     * The organisations right below the campaign's, each with the plan it adopted the campaign with (if it did);
     * {@code adopted} keeps only those that did or did not.
     */
    public AdoptionPage adoptions(long campaignId, Boolean adopted, PageQuery paging) {
        Campaign campaign = access.visible(campaignId);
        String from = " from organisations o left join campaigns c on c.organisation_id = o.id"
                + " and c.parent_campaign_id = :campaign where o.parent_id = :organisation"
                + (adopted == null ? "" : adopted ? " and c.id is not null" : " and c.id is null");
        String order = SqlSort.orderBy(paging.resolveSort(CHILD_SORTABLE, "name"), "o.id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select o.id, o.name, o.level, c.id as plan" + from + " order by " + order)
                .setParameter("campaign", campaign.id)
                .setParameter("organisation", campaign.organisationId)
                .setFirstResult((paging.page - 1) * paging.size)
                .setMaxResults(paging.size)
                .getResultList();
        Object[] counts = (Object[]) em.createNativeQuery("select count(*), count(c.id)"
                        + " from organisations o left join campaigns c on c.organisation_id = o.id"
                        + " and c.parent_campaign_id = :campaign where o.parent_id = :organisation")
                .setParameter("campaign", campaign.id)
                .setParameter("organisation", campaign.organisationId)
                .getSingleResult();
        long children = ((Number) counts[0]).longValue();
        long adoptedCount = ((Number) counts[1]).longValue();
        long total = adopted == null ? children : adopted ? adoptedCount : children - adoptedCount;
        List<Long> planIds = rows.stream()
                .filter(r -> r[3] != null)
                .map(r -> ((Number) r[3]).longValue())
                .toList();
        Map<Long, Campaign> plans = planIds.isEmpty()
                ? Map.of()
                : Campaign.<Campaign>list("id in ?1", planIds).stream().collect(Collectors.toMap(c -> c.id, c -> c));
        Map<Long, LocalDate[]> windows = windows(planIds);
        List<AdoptionView> items = rows.stream()
                .map(r -> {
                    OrganisationRef child = new OrganisationRef(
                            ((Number) r[0]).longValue(), (String) r[1], OrganisationLevel.valueOf((String) r[2]));
                    Campaign plan = r[3] == null ? null : plans.get(((Number) r[3]).longValue());
                    if (plan == null) {
                        return new AdoptionView(child, false, null, null, null, null, null, null, null);
                    }
                    LocalDate[] window = windows.getOrDefault(plan.id, new LocalDate[2]);
                    return new AdoptionView(
                            child,
                            true,
                            plan.id,
                            plan.title,
                            plan.documentNumber,
                            plan.status,
                            window[0],
                            window[1],
                            plan.createdAt);
                })
                .toList();
        return new AdoptionPage(paging.result(items, total), children, adoptedCount);
    }

    /**
     * The campaign if the caller's organisation may adopt it: a launched campaign of the organisation right above.
     * One the caller may not see is 404; one it sees (its own or below) or a closed one is 409.
     */
    private Campaign offered(long id) {
        Campaign campaign = access.find(id).orElseThrow(() -> ApiException.notFound("Campaign", id));
        Long above = scope.parentId().orElse(null);
        boolean ofParent = above != null && above.equals(campaign.organisationId);
        if (ofParent && campaign.status == CampaignStatus.ACTIVE) {
            return campaign;
        }
        if (ofParent && campaign.status == CampaignStatus.CLOSED) {
            throw ApiException.conflict(
                    "CAMPAIGN_NOT_OFFERED", "Campaign " + id + " is closed; only a running campaign can be adopted");
        }
        if (!ofParent && access.canSee(campaign)) {
            throw ApiException.conflict(
                    "CAMPAIGN_NOT_OFFERED",
                    "Campaign " + id + " is not of the organisation right above yours; an organisation adopts only"
                            + " the campaigns launched there");
        }
        throw ApiException.notFound("Campaign", id);
    }

    /** The first and last day of each campaign's phases, in one query. */
    private static Map<Long, LocalDate[]> windows(Collection<Long> campaignIds) {
        Map<Long, LocalDate[]> result = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        Phase.getEntityManager()
                .createQuery(
                        "select p.campaignId, min(p.startsOn), max(p.endsOn) from Phase p where p.campaignId in :ids"
                                + " group by p.campaignId",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], new LocalDate[] {(LocalDate) r[1], (LocalDate) r[2]}));
        return result;
    }

    /** The organisation's plan of each of the parent campaigns it adopted, by parent campaign id. */
    private static Map<Long, Long> plansOf(long organisationId, Collection<Long> parentIds) {
        Map<Long, Long> result = new HashMap<>();
        if (parentIds.isEmpty()) {
            return result;
        }
        Campaign.getEntityManager()
                .createQuery(
                        "select c.parentCampaignId, c.id from Campaign c where c.organisationId = :organisation"
                                + " and c.parentCampaignId in :parents",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("parents", parentIds)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }
}
