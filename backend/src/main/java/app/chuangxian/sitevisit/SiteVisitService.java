package app.chuangxian.sitevisit;

import app.chuangxian.branch.BranchService;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Site visits: recorded by committee staff; a branch reads its own. */
@ApplicationScoped
public class SiteVisitService {
    static final Map<String, String> SORTABLE = Map.of("id", "id", "visitedOn", "visitedOn", "updatedAt", "updatedAt");

    @Inject
    BranchService branches;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    public PageResult<SiteVisitDtos.View> list(
            long campaignId, Long branchId, LocalDate from, LocalDate to, PageQuery paging) {
        campaigns.visible(campaignId);
        List<String> where = new ArrayList<>(List.of("campaignId = :campaign"));
        Parameters params = Parameters.with("campaign", campaignId);
        Long only = user.isBranchScoped() ? Long.valueOf(campaigns.ownBranch()) : branchId;
        if (only != null) {
            where.add("branchId = :branch");
            params.and("branch", only);
        }
        if (from != null) {
            where.add("visitedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("visitedOn <= :to");
            params.and("to", to);
        }
        var query = SiteVisit.<SiteVisit>find(
                String.join(" and ", where), paging.resolveSort(SORTABLE, "-visitedOn"), params);
        List<SiteVisit> visits = query.page(paging.panachePage()).list();
        Map<Long, String> names =
                branchNames(visits.stream().map(v -> v.branchId).collect(java.util.stream.Collectors.toSet()));
        return paging.result(
                visits.stream().map(v -> view(v, names.get(v.branchId))).toList(), query.count());
    }

    public SiteVisitDtos.View get(long campaignId, long id) {
        SiteVisit v = visible(campaignId, id);
        return view(v, branchNames(Set.of(v.branchId)).get(v.branchId));
    }

    @Transactional
    public SiteVisitDtos.View create(long campaignId, SiteVisitDtos.Request request) {
        campaigns.visible(campaignId);
        SiteVisit v = new SiteVisit();
        v.campaignId = campaignId;
        apply(v, request);
        v.persistAndFlush();
        return view(v, branchNames(Set.of(v.branchId)).get(v.branchId));
    }

    @Transactional
    public SiteVisitDtos.View update(long campaignId, long id, SiteVisitDtos.Request request) {
        SiteVisit v = visible(campaignId, id);
        campaigns.visible(campaignId);
        Versions.check(v.version, request.version(), "Site visit " + v.id);
        apply(v, request);
        SiteVisit.getEntityManager().flush();
        return view(v, branchNames(Set.of(v.branchId)).get(v.branchId));
    }

    @Transactional
    public void delete(long campaignId, long id, Long version) {
        SiteVisit v = visible(campaignId, id);
        campaigns.visible(campaignId);
        Versions.check(v.version, version, "Site visit " + v.id);
        v.delete();
    }

    private SiteVisit visible(long campaignId, long id) {
        campaigns.visible(campaignId);
        SiteVisit v = SiteVisit.findById(id);
        if (v == null || !v.campaignId.equals(campaignId) || !user.canSeeBranch(v.branchId)) {
            throw ApiException.notFound("Site visit", id);
        }
        return v;
    }

    private void apply(SiteVisit v, SiteVisitDtos.Request r) {
        if (!campaigns.participates(v.campaignId, r.branchId())) {
            throw ApiException.invalidField(
                    "branchId", "does not take part in this campaign", Reasons.NOT_PARTICIPATING, null);
        }
        v.branchId = r.branchId();
        v.visitedOn = r.visitedOn();
        v.visitors = r.visitors().strip();
        v.findings = r.findings().strip();
        v.followUps = r.followUps() == null || r.followUps().isBlank()
                ? null
                : r.followUps().strip();
        v.recordedBy = user.username();
    }

    private Map<Long, String> branchNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        branches.byIds(ids).forEach((id, b) -> names.put(id, b.name));
        return names;
    }

    private static SiteVisitDtos.View view(SiteVisit v, String branchName) {
        return new SiteVisitDtos.View(
                v.id,
                v.campaignId,
                v.branchId,
                branchName,
                v.visitedOn,
                v.visitors,
                v.findings,
                v.followUps,
                v.recordedBy,
                v.version,
                v.createdAt,
                v.updatedAt);
    }

    /** True when the site visit exists and is of this branch in this campaign. */
    public boolean isOf(long siteVisitId, long campaignId, long branchId) {
        return SiteVisit.count("id = ?1 and campaignId = ?2 and branchId = ?3", siteVisitId, campaignId, branchId) > 0;
    }
}
