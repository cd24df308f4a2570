package app.chuangxian.campaign;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/phases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Phases", description = "活动步骤 — the dated phases of a campaign")
@SecurityRequirement(name = "bearerAuth")
public class PhaseResource {
    @Inject
    PhaseService service;

    @Schema(name = "PhasePage", description = "A page of phases")
    public static class PhasePage extends PageResult<PhaseView> {
        PhasePage(PageResult<PhaseView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = PhasePage.class, responseDescription = "A page of phases")
    @Operation(
            operationId = "listPhases",
            summary = "List a campaign's phases",
            description = "Ordered by `seq` unless "
                    + "sorted otherwise (seq, startsOn, name); `current` marks the phase containing today. "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (campaigns its branch takes part in).")
    public PhasePage list(@PathParam("campaignId") long campaignId, @Valid @BeanParam PageQuery paging) {
        return new PhasePage(service.list(campaignId, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = PhaseView.class, responseDescription = "The phase")
    @Operation(
            operationId = "getPhase",
            summary = "Get a phase",
            description = "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH " + "(campaigns its branch takes part in).")
    public PhaseView get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = PhaseView.class, responseCode = "201", responseDescription = "Created")
    @GuardedBy(CampaignWrite.PHASES)
    @Operation(
            operationId = "createPhase",
            summary = "Add a phase",
            description = "Dates must lie in order of `seq` without "
                    + "overlapping the other phases (400 naming startsOn/endsOn). Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Position or code taken, or the campaign is closed")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid PhaseRequest request) {
        PhaseView created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/phases/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = PhaseView.class, responseDescription = "Updated")
    @GuardedBy(CampaignWrite.PHASES)
    @Operation(
            operationId = "updatePhase",
            summary = "Update a phase",
            description = "Same rules as creating; send the " + "`version` you read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, position or code taken, or the campaign is closed")
    public PhaseView update(
            @PathParam("campaignId") long campaignId, @PathParam("id") long id, @NotNull @Valid PhaseRequest request) {
        return service.update(campaignId, id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The phase has deliverable types, or the campaign is closed")
    @GuardedBy(CampaignWrite.PHASES)
    @Operation(
            operationId = "deletePhase",
            summary = "Delete a phase",
            description = "Only a phase without deliverable " + "types. Roles: ADMIN.")
    public void delete(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        service.delete(campaignId, id);
    }
}
