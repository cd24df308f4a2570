package app.chuangxian.campaign;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.Versions;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationScope;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** A campaign's settings and life: DRAFT → ACTIVE → CLOSED; what each state allows is {@link CampaignWrite}. */
@ApplicationScoped
public class CampaignService {
    @Inject
    ChangeLog changes;

    @Inject
    CommitteeClock clock;

    static final Map<String, String> SORTABLE = Map.of(
            "id",
            "id",
            "title",
            "title",
            "year",
            "year",
            "status",
            "status",
            "updatedAt",
            "updatedAt",
            "createdAt",
            "createdAt");

    private static final long[] NONE = {0, 0};

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    public PageResult<CampaignView> list(String q, CampaignStatus status, Integer year, PageQuery paging) {
        Long branchId = user.isBranchScoped() ? user.branchId().orElse(-1L) : null;
        List<Long> organisations = user.isBranchScoped() ? null : scope.subtree();
        PanacheQuery<Campaign> query = Campaign.search(
                new Campaign.Filter(q, status, year, branchId, organisations), paging.resolveSort(SORTABLE, "-year"));
        long total = query.count();
        List<Campaign> page = query.page(paging.panachePage()).list();
        List<Long> ids = page.stream().map(c -> c.id).toList();
        Map<Long, Long> current = Campaign.currentPhases(ids, clock.today());
        Map<Long, long[]> counts = Campaign.counts(ids);
        Map<Long, CampaignAdoptedFrom> adopted = adoptedFrom(page);
        Map<Long, OrganisationRef> names =
                this.organisations.refs(page.stream().map(c -> c.organisationId).toList());
        return paging.result(
                page.stream()
                        .map(c -> CampaignView.of(
                                c,
                                current.get(c.id),
                                counts.getOrDefault(c.id, NONE)[0],
                                counts.getOrDefault(c.id, NONE)[1],
                                names.get(c.organisationId),
                                c.parentCampaignId == null ? null : adopted.get(c.parentCampaignId)))
                        .toList(),
                total);
    }

    public CampaignView get(long id) {
        return view(access.visible(id));
    }

    @Transactional
    public CampaignView create(CampaignRequest request) {
        Campaign campaign = new Campaign();
        apply(campaign, request);
        campaign.organisationId = scope.organisationId();
        campaign.persistAndFlush();
        changed(campaign, ChangeOperation.CREATED);
        return view(campaign);
    }

    @Transactional
    public CampaignView update(long id, CampaignRequest request) {
        Campaign campaign = access.visible(id);
        Versions.check(campaign.version, request.version(), "Campaign " + id, Versions.REQUIRED_ON_UPDATE);
        refuseResultChanges(campaign, request);
        apply(campaign, request);
        Campaign.flush();
        changed(campaign, ChangeOperation.UPDATED);
        return view(campaign);
    }

    /** Moves a campaign one step along DRAFT → ACTIVE → CLOSED; which step its state allows is guarded before. */
    @Transactional
    public CampaignView transition(long id, CampaignStatus target, Long version) {
        Campaign campaign = access.visible(id);
        Versions.check(campaign.version, version, "Campaign " + id, Versions.REQUIRED_ON_UPDATE);
        if (target == CampaignStatus.ACTIVE && Phase.count("campaignId", id) == 0) {
            throw ApiException.conflict(
                    "CAMPAIGN_HAS_NO_PHASES", "Add at least one phase before activating the campaign");
        }
        campaign.status = target;
        Campaign.flush();
        changed(campaign, ChangeOperation.UPDATED);
        return view(campaign);
    }

    /** Sets or ends the date a past campaign is entered as of; audited with the reason. */
    @Transactional
    public CampaignView recordedHistory(long id, RecordedHistoryRequest request) {
        Campaign campaign = access.visible(id);
        Versions.check(campaign.version, request.version(), "Campaign " + id, Versions.REQUIRED_ON_UPDATE);
        if (request.asOf() != null && request.asOf().isAfter(clock.today())) {
            throw ApiException.invalidField("asOf", "must not be after today (" + clock.today() + ")");
        }
        campaign.recordedAsOf = request.asOf();
        audit.record(
                request.asOf() == null ? "RECORDED_HISTORY_ENDED" : "RECORDED_HISTORY_SET",
                "Campaign",
                id,
                (request.asOf() == null ? "live dates" : "as of " + request.asOf()) + ": "
                        + request.reason().strip());
        Campaign.flush();
        changed(campaign, ChangeOperation.UPDATED);
        return view(campaign);
    }

    /** Deletes a draft (the state guard allows no other) with all its configuration. */
    @Transactional
    public void delete(long id) {
        Campaign campaign = access.visible(id);
        for (Class<?> part : List.of(
                LeadingGroupMember.class,
                Participation.class,
                DeliverableType.class,
                Indicator.class,
                Standard.class,
                GradeThreshold.class,
                Phase.class)) {
            Campaign.getEntityManager()
                    .createQuery("delete from " + part.getSimpleName() + " where campaignId = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        campaign.delete();
        Campaign.flush();
        changes.record(ChangeLog.Change.campaign(id, ChangeOperation.DELETED, null, campaign.organisationId));
    }

    /** Reports a campaign created or changed to the change feed, with its status afterwards. */
    void changed(Campaign campaign, ChangeOperation operation) {
        changes.record(ChangeLog.Change.campaign(campaign.id, operation, campaign.status, campaign.organisationId));
    }

    /** Once results are fixed, the settings they were computed with stay as they were (texts may still change). */
    private static void refuseResultChanges(Campaign c, CampaignRequest r) {
        CampaignState state = CampaignState.of(c);
        boolean method = r.aggregationMethod() != null && r.aggregationMethod() != c.aggregationMethod;
        boolean threshold = r.disagreementThreshold() != null
                && CampaignAccess.points(r.disagreementThreshold()).compareTo(c.disagreementThreshold) != 0;
        if (state.resultsFixed() && (method || threshold)) {
            throw CampaignWrite.refusal(
                    state,
                    method ? "更改汇总方法" : "更改分歧阈值",
                    method ? "change the aggregation method" : "change the disagreement threshold");
        }
    }

    CampaignView view(Campaign c) {
        Long current = Campaign.currentPhases(List.of(c.id), clock.today()).get(c.id);
        long[] counts = Campaign.counts(List.of(c.id)).getOrDefault(c.id, NONE);
        return CampaignView.of(
                c,
                current,
                counts[0],
                counts[1],
                organisations.ref(c.organisationId).orElse(null),
                c.parentCampaignId == null ? null : adoptedFrom(List.of(c)).get(c.parentCampaignId));
    }

    /** The campaigns the given ones adopt, by id, in two queries at most (the campaigns and their organisations). */
    private Map<Long, CampaignAdoptedFrom> adoptedFrom(List<Campaign> campaigns) {
        List<Long> parentIds = campaigns.stream()
                .map(c -> c.parentCampaignId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        List<Campaign> parents = Campaign.list("id in ?1", parentIds);
        Map<Long, OrganisationRef> names =
                organisations.refs(parents.stream().map(p -> p.organisationId).toList());
        Map<Long, CampaignAdoptedFrom> result = new java.util.HashMap<>();
        for (Campaign p : parents) {
            result.put(p.id, new CampaignAdoptedFrom(p.id, p.title, p.documentNumber, names.get(p.organisationId)));
        }
        return result;
    }

    private static void apply(Campaign c, CampaignRequest r) {
        c.title = r.title().trim();
        c.year = r.year();
        c.basisDocuments = CampaignAccess.blankToNull(r.basisDocuments());
        c.guidingIdeology = CampaignAccess.blankToNull(r.guidingIdeology());
        c.goals = CampaignAccess.blankToNull(r.goals());
        if (r.aggregationMethod() != null) {
            c.aggregationMethod = r.aggregationMethod();
        }
        if (r.disagreementThreshold() != null) {
            c.disagreementThreshold = CampaignAccess.points(r.disagreementThreshold());
        }
        if (r.noticeMinWorkingDays() != null) {
            c.noticeMinWorkingDays = r.noticeMinWorkingDays();
        }
        if (r.reminderDays() != null) {
            c.setReminderDayList(r.reminderDays());
        }
    }
}
