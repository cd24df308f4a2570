package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/feedback-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Feedback reports",
        description = "反馈报告 — per branch: score, strengths and areas for improvement per standard")
@SecurityRequirement(name = "bearerAuth")
public class CampaignFeedbackResource {

    @Inject
    FeedbackService feedback;

    @Schema(name = "FeedbackReportPage", description = "A page of feedback reports")
    public static class FeedbackReportPage extends PageResult<FeedbackViews.Summary> {
        FeedbackReportPage(PageResult<FeedbackViews.Summary> page) {
            super(page);
        }
    }

    @POST
    @Path("/drafts")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = FeedbackViews.Drafted.class, responseDescription = "How many reports were drafted")
    @GuardedBy(CampaignWrite.FEEDBACK)
    @Operation(
            operationId = "draftFeedbackReports",
            summary = "Draft the feedback reports",
            description =
                    "One report per branch with a final result that has none yet. Per standard: a remark scoring at "
                            + "least 80% of its indicator's maximum becomes a strength, any other remark an area for improvement. "
                            + "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Results not finalised or not available")
    public FeedbackViews.Drafted draft(@PathParam("campaignId") long campaignId) {
        return feedback.draft(campaignId);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = FeedbackReportPage.class, responseDescription = "A page of feedback reports")
    @Operation(
            operationId = "listFeedbackReports",
            summary = "List a campaign's feedback reports",
            description =
                    "Staff see drafts too; viewers see released reports; a branch sees its own released report. "
                            + "Sort by rank, branchName, total, status, id. Roles: ADMIN, VIEWER (released), BRANCH (own, released).")
    public FeedbackReportPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("status") @Parameter(description = "Only reports with this status") FeedbackStatus status,
            @Valid @BeanParam PageQuery paging) {
        return new FeedbackReportPage(feedback.list(campaignId, status, paging));
    }
}
