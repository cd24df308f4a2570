package app.chuangxian.assessment.assignment;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessor assignments", description = "考核分工 — which assessor scores which branch")
@SecurityRequirement(name = "bearerAuth")
public class AssignmentResource {
    @Inject
    AssignmentService service;

    @Schema(name = "AssignmentPage", description = "A page of assessor assignments")
    public static class AssignmentPage extends PageResult<AssignmentView> {
        AssignmentPage(PageResult<AssignmentView> page) {
            super(page);
        }
    }

    @Schema(name = "AssessorLoadPage", description = "A page of assessors with their load")
    public static class AssessorLoadPage extends PageResult<AssessorLoad> {
        AssessorLoadPage(PageResult<AssessorLoad> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR})
    @APIResponseSchema(value = AssignmentPage.class, responseDescription = "A page of assignments")
    @Operation(
            operationId = "listAssignments",
            summary = "List assessor assignments",
            description =
                    "Each with the state of the assessor's scoresheet. Sortable by branchCode, assessor, createdAt."
                            + " An assessor sees only their own assignments (the branches they are to score). Roles: ADMIN, ASSESSOR (own).")
    public AssignmentPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("branchId") @Parameter(description = "Only this branch") Long branchId,
            @QueryParam("assessorId") @Parameter(description = "Only this assessor") Long assessorId,
            @Valid @BeanParam PageQuery paging) {
        return new AssignmentPage(service.list(campaignId, branchId, assessorId, paging));
    }

    @GET
    @Path("/assessors")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = AssessorLoadPage.class, responseDescription = "A page of assessors")
    @Operation(
            operationId = "listAssessorLoad",
            summary = "List assessors with their load",
            description =
                    "Every assessor account with the number of branches assigned to them in the campaign and how many"
                            + " they have submitted. Sortable by username, assigned, submitted. Roles: ADMIN.")
    public AssessorLoadPage load(@PathParam("campaignId") long campaignId, @Valid @BeanParam PageQuery paging) {
        return new AssessorLoadPage(service.load(campaignId, paging));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = AssignmentView.class, responseCode = "201", responseDescription = "Assigned")
    @GuardedBy(CampaignWrite.ASSIGNMENTS)
    @Operation(
            operationId = "createAssignment",
            summary = "Assign an assessor to a branch",
            description = "The branch must take part in the campaign. Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "The assessor belongs to the branch (CONFLICT_OF_INTEREST), is already"
                    + " assigned, or results are finalised")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid AssignmentRequest request) {
        AssignmentView created = service.assign(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/assignments/" + created.id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = BulkAssignmentView.class, responseDescription = "Every pair is assigned")
    @GuardedBy(CampaignWrite.ASSIGNMENTS)
    @Operation(
            operationId = "bulkAssign",
            summary = "Assign many assessors to many branches",
            description =
                    "Every listed assessor to every listed branch, all or nothing: any refused pair refuses the whole"
                            + " request, with one field error per refused item (`branchIds[i]`, `assessorIds[j]`). Pairs already"
                            + " assigned are counted, not repeated. At most 5000 pairs. Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "Some assessor belongs to some listed branch (CONFLICT_OF_INTEREST,"
                    + " one field error per pair), or results are finalised")
    public BulkAssignmentView bulk(
            @PathParam("campaignId") long campaignId, @NotNull @Valid BulkAssignmentRequest request) {
        return service.assignAll(campaignId, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Unassigned; the assessor's draft for the branch is discarded")
    @GuardedBy(CampaignWrite.ASSIGNMENTS)
    @Operation(
            operationId = "deleteAssignment",
            summary = "Unassign an assessor",
            description = "Only while the assessor has not submitted a scoresheet for the branch. Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "The assessor has submitted (SCORESHEET_SUBMITTED), or results are finalised")
    public void delete(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        service.unassign(campaignId, id);
    }
}
