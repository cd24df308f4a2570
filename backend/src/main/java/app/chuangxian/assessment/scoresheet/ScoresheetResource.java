package app.chuangxian.assessment.scoresheet;

import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.VersionRequest;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/campaigns/{campaignId}/scoresheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoresheets", description = "考核评分 — assessors' independent scoresheets")
@SecurityRequirement(name = "bearerAuth")
public class ScoresheetResource {
    private static final String VISIBILITY =
            " An assessor sees their own scoresheets, and another assessor's for a branch"
                    + " only once they have submitted their own for it.";

    @Inject
    ScoresheetService service;

    @Schema(name = "ScoresheetPage", description = "A page of scoresheets (without their per-indicator scores)")
    public static class ScoresheetPage extends PageResult<ScoresheetView> {
        ScoresheetPage(PageResult<ScoresheetView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR})
    @APIResponseSchema(value = ScoresheetPage.class, responseDescription = "A page of scoresheets")
    @Operation(
            operationId = "listScoresheets",
            summary = "List scoresheets",
            description = "Sortable by branchCode, total, status, updatedAt." + VISIBILITY + " Roles: ADMIN, ASSESSOR.")
    public ScoresheetPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("branchId") @Parameter(description = "Only this branch's scoresheets") Long branchId,
            @QueryParam("status") @Parameter(description = "Only drafts or only submitted ones") SheetStatus status,
            @Valid @BeanParam PageQuery paging) {
        return new ScoresheetPage(service.list(campaignId, branchId, status, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR})
    @APIResponseSchema(value = ScoresheetView.class, responseDescription = "The scoresheet with its scores")
    @Operation(
            operationId = "getScoresheet",
            summary = "Get a scoresheet",
            description = "A scoresheet the caller may not see is 404." + VISIBILITY + " Roles: ADMIN, ASSESSOR.")
    public ScoresheetView get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.ASSESSOR)
    @APIResponseSchema(value = ScoresheetView.class, responseCode = "201", responseDescription = "Started as a draft")
    @GuardedBy(CampaignWrite.SCORESHEETS)
    @Operation(
            operationId = "createScoresheet",
            summary = "Start a scoresheet",
            description =
                    "For a branch the caller is assigned to (else 403). Each score is 0..the indicator's points in"
                            + " steps of 0.5; a score below 60 % of the points needs a comment (400 with `scores[i].comment`)."
                            + " Roles: ASSESSOR.")
    @APIResponse(responseCode = "409", description = "A scoresheet for the branch exists, or results are finalised")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid ScoresheetRequest request) {
        ScoresheetView created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/scoresheets/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ASSESSOR)
    @APIResponseSchema(value = ScoresheetView.class, responseDescription = "The draft, saved")
    @GuardedBy(CampaignWrite.SCORESHEETS)
    @Operation(
            operationId = "saveScoresheet",
            summary = "Save a draft scoresheet",
            description = "Replaces the scores of the caller's own draft; send the `version` you read. Same score rules"
                    + " as on start. Roles: ASSESSOR (own).")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or results finalised")
    public ScoresheetView save(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid ScoresheetRequest request) {
        return service.save(campaignId, id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.ASSESSOR)
    @APIResponseSchema(value = ScoresheetView.class, responseDescription = "Submitted; now read-only")
    @GuardedBy(CampaignWrite.SCORESHEETS)
    @Operation(
            operationId = "submitScoresheet",
            summary = "Submit a scoresheet",
            description = "Every indicator must be scored (400 naming the missing ones). Roles: ASSESSOR (own).")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or results finalised")
    public ScoresheetView submit(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid VersionRequest request) {
        return service.submit(campaignId, id, request);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ScoresheetView.class, responseDescription = "A draft again, with the reopening recorded")
    @GuardedBy(CampaignWrite.SCORESHEETS)
    @Operation(
            operationId = "reopenScoresheet",
            summary = "Reopen a submitted scoresheet",
            description = "Records the reason and who reopened it. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not submitted, or results finalised")
    public ScoresheetView reopen(
            @PathParam("campaignId") long campaignId, @PathParam("id") long id, @NotNull @Valid ReopenRequest request) {
        return service.reopen(campaignId, id, request);
    }
}
