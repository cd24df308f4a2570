package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/feedback-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback reports")
@SecurityRequirement(name = "bearerAuth")
public class FeedbackReportResource {

    @Inject
    FeedbackService feedback;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = FeedbackViews.Report.class, responseDescription = "The report")
    @Operation(
            operationId = "getFeedbackReport",
            summary = "Get a feedback report",
            description = "Before release only staff see it (others 404). "
                    + "Roles: ADMIN, VIEWER (released), BRANCH (own, released; another branch's is 404).")
    public FeedbackViews.Report get(@PathParam("id") long id) {
        return feedback.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = FeedbackViews.Report.class, responseDescription = "Updated")
    @GuardedBy(value = CampaignWrite.FEEDBACK, param = "id", via = "feedback-report")
    @Operation(
            operationId = "updateFeedbackReport",
            summary = "Edit a feedback report",
            description = "Send the version you read; sections not named stay as they are. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is released")
    public FeedbackViews.Report update(@PathParam("id") long id, @NotNull @Valid FeedbackRequests.Update request) {
        return feedback.update(id, request);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = FeedbackViews.Report.class, responseDescription = "Released to the branch")
    @GuardedBy(value = CampaignWrite.FEEDBACK, param = "id", via = "feedback-report")
    @Operation(
            operationId = "releaseFeedbackReport",
            summary = "Release a feedback report",
            description = "The branch and viewers can read it from now on; it no longer changes. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or already released")
    public FeedbackViews.Report release(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return feedback.release(id, request);
    }
}
