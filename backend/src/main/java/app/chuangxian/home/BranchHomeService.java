package app.chuangxian.home;

import app.chuangxian.assessment.selfassessment.SelfAssessmentService;
import app.chuangxian.branch.BranchService;
import app.chuangxian.campaign.CampaignService;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.CampaignView;
import app.chuangxian.campaign.DeliverableTypeService;
import app.chuangxian.campaign.LeadingGroupService;
import app.chuangxian.campaign.PhaseService;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.deliverable.DeliverableQueries;
import app.chuangxian.deliverable.DeliverableResource.DeliverablePage;
import app.chuangxian.deliverable.DeliverableService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads a branch account's home through each feature's own service, in one transaction: one consistent picture. */
@ApplicationScoped
public class BranchHomeService {
    @Inject
    CurrentUser user;

    @Inject
    CommitteeClock clock;

    @Inject
    BranchService branches;

    @Inject
    CampaignService campaigns;

    @Inject
    PhaseService phases;

    @Inject
    DeliverableTypeService types;

    @Inject
    DeliverableService deliverables;

    @Inject
    SelfAssessmentService selfAssessments;

    @Inject
    LeadingGroupService leadingGroups;

    @Inject
    TodoService todos;

    @Transactional
    public BranchHomeView home() {
        long branchId = user.branchId().orElse(-1L);
        var branch = branches.get(branchId);
        List<CampaignView> live = campaigns.list(null, CampaignStatus.ACTIVE, null, page(1, "-year")).items;
        if (live.isEmpty()) {
            return new BranchHomeView(
                    clock.today(), branch, null, List.of(), List.of(), null, null, null, todos.mine());
        }
        CampaignView campaign = live.get(0);
        long campaignId = campaign.id();
        return new BranchHomeView(
                campaign.recordedAsOf() != null ? campaign.recordedAsOf() : clock.today(),
                branch,
                campaign,
                phases.list(campaignId, page(PageQuery.MAX_SIZE, "seq")).items,
                types.list(campaignId, null, null, page(PageQuery.MAX_SIZE, "seq")).items,
                new DeliverablePage(deliverables.list(
                        campaignId,
                        new DeliverableQueries.Filter(null, null, null, null, null),
                        page(PageQuery.MAX_SIZE, "-updatedAt"))),
                selfAssessments.current(campaignId, branchId).orElse(null),
                leadingGroups.get(campaignId, branchId),
                todos.mine());
    }

    private static PageQuery page(int size, String sort) {
        PageQuery query = new PageQuery();
        query.size = size;
        query.sort = sort;
        return query;
    }
}
