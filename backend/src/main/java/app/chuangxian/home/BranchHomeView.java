package app.chuangxian.home;

import app.chuangxian.assessment.selfassessment.SelfAssessmentView;
import app.chuangxian.branch.BranchView;
import app.chuangxian.campaign.CampaignView;
import app.chuangxian.campaign.DeliverableTypeView;
import app.chuangxian.campaign.LeadingGroup;
import app.chuangxian.campaign.PhaseView;
import app.chuangxian.deliverable.DeliverableResource.DeliverablePage;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BranchHome",
        description = "A branch account's home in one answer: its branch, the campaign it takes part "
                + "in now and, for that campaign, the phases, deliverable types, the branch's own deliverables, its "
                + "self-assessment and leading group, and its to-do list. Each part is what its own operation answers.")
public record BranchHomeView(
        @Schema(
                description = "The day the committee's deadlines are judged against: today in the committee's time "
                        + "zone, or the day a past campaign is being entered as of",
                example = "2009-06-15")
        LocalDate today,

        @Schema(description = "The caller's branch (as getBranch)")
        BranchView branch,

        @Schema(
                nullable = true,
                description = "The running campaign the branch takes part in (the first of listCampaigns "
                        + "with status=ACTIVE, sort=-year); null when there is none")
        CampaignView campaign,

        @Schema(description = "Its phases in order (listPhases, sort=seq, at most 100); empty without a campaign")
        List<PhaseView> phases,

        @Schema(
                description =
                        "Its deliverable types in order (listDeliverableTypes, sort=seq, at most 100); empty without "
                                + "a campaign")
        List<DeliverableTypeView> deliverableTypes,

        @Schema(
                nullable = true,
                description = "The branch's own deliverables, last changed first (listDeliverables, "
                        + "sort=-updatedAt, size=100); null without a campaign")
        DeliverablePage deliverables,

        @Schema(
                nullable = true,
                description = "The branch's self-assessment (getSelfAssessment); null before its first "
                        + "save or without a campaign")
        SelfAssessmentView selfAssessment,

        @Schema(
                nullable = true,
                description =
                        "The branch's leading group in the campaign (getLeadingGroup); null " + "without a campaign")
        LeadingGroup leadingGroup,

        @Schema(description = "The branch's to-do list (getMyTodos), for the header's badge")
        TodosView todos) {}
