package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/deliverables/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables")
@SecurityRequirement(name = "bearerAuth")
public class DeliverableReviewResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    DeliverableWorkflow workflow;

    @POST
    @Path("/submit")
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = DeliverableViews.Full.class, responseDescription = "Submitted (or the replayed result)")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "submitDeliverable",
            summary = "Submit a deliverable",
            description = "A draft or returned "
                    + "deliverable goes to review; required fields must be filled. After the deadline it is flagged late, not "
                    + "refused. A retry with the same Idempotency-Key returns the first result. Roles: BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted or accepted, or campaign closed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key used before for a different request")
    public DeliverableViews.Full submit(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @HeaderParam(IDEMPOTENCY_KEY) @Parameter(description = "Any unique string per intended submission")
                    String idempotencyKey,
            @NotNull @Valid DeliverableRequests.Submit request) {
        return workflow.submit(campaignId, id, request, idempotencyKey).deliverable();
    }

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeliverableViews.Full.class, responseDescription = "Accepted; now read-only")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "acceptDeliverable",
            summary = "Accept a deliverable",
            description = "Only a submitted " + "deliverable. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not submitted, or campaign closed")
    public DeliverableViews.Full accept(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid VersionRequest request) {
        return workflow.accept(campaignId, id, request);
    }

    @POST
    @Path("/return")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeliverableViews.Full.class, responseDescription = "Returned to the branch")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "returnDeliverable",
            summary = "Return a deliverable",
            description = "Only a submitted " + "deliverable, with the reason and an itemised fix list. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not submitted, or campaign closed")
    public DeliverableViews.Full giveBack(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid DeliverableRequests.Return request) {
        return workflow.giveBack(campaignId, id, request);
    }

    @PUT
    @Path("/fix-items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponseSchema(value = DeliverableViews.FixItemView.class, responseDescription = "The item")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "markFixItem",
            summary = "Tick a fix-list item",
            description =
                    "Addressed or not, with "
                            + "a note of what was changed (omitted: the note is kept). The branch while the deliverable is returned; the reviewer until it is accepted. Roles: ADMIN, BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Stale version, accepted, or not editable by the branch")
    public DeliverableViews.FixItemView markFixItem(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @NotNull @Valid DeliverableRequests.FixItemUpdate request) {
        return workflow.markFixItem(campaignId, id, itemId, request);
    }
}
