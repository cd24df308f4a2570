package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/deliverables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables", description = "阶段成果 — what branches hand in during each phase, and its review")
@SecurityRequirement(name = "bearerAuth")
public class DeliverableResource {
    @Inject
    DeliverableService service;

    @Inject
    DeliverableChanges changes;

    @Schema(name = "DeliverablePage", description = "A page of deliverables")
    public static class DeliverablePage extends PageResult<DeliverableViews.Summary> {
        public DeliverablePage(PageResult<DeliverableViews.Summary> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = DeliverablePage.class, responseDescription = "A page of deliverables")
    @Operation(
            operationId = "listDeliverables",
            summary = "List deliverables",
            description = "Paged, filterable and "
                    + "sortable (title, status, submittedAt, updatedAt, branch, type, late). A branch account sees only its own "
                    + "branch's; an assessor sees no drafts. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public DeliverablePage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("branchId") @Parameter(description = "Only this branch's") Long branchId,
            @QueryParam("phaseId") @Parameter(description = "Only this phase's") Long phaseId,
            @QueryParam("typeId") @Parameter(description = "Only this type's") Long typeId,
            @QueryParam("status") @Parameter(description = "Only in this state") DeliverableStatus status,
            @QueryParam("late") @Parameter(description = "Only late (true) or on-time (false) ones") Boolean late,
            @Valid @BeanParam PageQuery paging) {
        return new DeliverablePage(service.list(
                campaignId, new DeliverableQueries.Filter(branchId, phaseId, typeId, status, late), paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = DeliverableViews.Full.class, responseDescription = "The deliverable")
    @Operation(
            operationId = "getDeliverable",
            summary = "Get a deliverable",
            description = "With its current fix "
                    + "list and attachments. Roles: ADMIN, VIEWER, ASSESSOR (a draft is 404), BRANCH (own; another branch's "
                    + "is 404).")
    public DeliverableViews.Full get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = DeliverableViews.Full.class, responseCode = "201", responseDescription = "The new draft")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "createDeliverable",
            summary = "Draft a deliverable",
            description = "A draft of the "
                    + "caller's own branch; required fields may still be empty. A retry with the same Idempotency-Key returns "
                    + "the draft the first request made. Roles: BRANCH (own).")
    @APIResponse(
            responseCode = "409",
            description = "Campaign closed or not started, or the type allows one per branch")
    @APIResponse(responseCode = "422", description = "Idempotency-Key used before for a different request")
    public Response create(
            @PathParam("campaignId") long campaignId,
            @HeaderParam(DeliverableReviewResource.IDEMPOTENCY_KEY)
                    @Parameter(description = "Any unique string per intended new draft")
                    String idempotencyKey,
            @NotNull @Valid DeliverableRequests.Draft request) {
        DeliverableViews.Full created = service.create(campaignId, request, idempotencyKey);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/deliverables/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = DeliverableViews.Full.class, responseDescription = "Updated")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "updateDeliverable",
            summary = "Edit a deliverable",
            description =
                    "Only a draft or a " + "returned deliverable; send the `version` you read. Roles: BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Stale version, under review, accepted, or campaign closed")
    public DeliverableViews.Full update(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid DeliverableRequests.Edit request) {
        return service.edit(campaignId, id, request);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = DeliverableViews.RevisionView[].class, responseDescription = "Newest first")
    @Operation(
            operationId = "listDeliverableRevisions",
            summary = "Submission history",
            description =
                    "Every "
                            + "submitted version with who and when, newest first. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public List<DeliverableViews.RevisionView> revisions(
            @PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return changes.history(campaignId, id);
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(
            value = DeliverableChanges.ChangesView.class,
            responseDescription = "The diff since the last return")
    @Operation(
            operationId = "getDeliverableChanges",
            summary = "What changed since the last return",
            description =
                    "Field by field and a line diff of the body, with the fix list. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Never returned")
    public DeliverableChanges.ChangesView changes(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return changes.sinceReturn(campaignId, id);
    }
}
