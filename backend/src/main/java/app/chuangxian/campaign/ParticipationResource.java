package app.chuangxian.campaign;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/campaigns/{campaignId}/branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "The branches taking part in a campaign")
@SecurityRequirement(name = "bearerAuth")
public class ParticipationResource {
    @Inject
    ParticipationService service;

    @Schema(name = "ParticipantPage", description = "A page of participating branches")
    public static class ParticipantPage extends PageResult<ParticipantView> {
        ParticipantPage(PageResult<ParticipantView> page) {
            super(page);
        }
    }

    @Schema(name = "ParticipationRequest", description = "The branch to add")
    public record ParticipationRequest(
            @NotNull @Schema(example = "12") Long branchId) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = ParticipantPage.class, responseDescription = "A page of participants")
    @Operation(
            operationId = "listParticipants",
            summary = "List a campaign's participating branches",
            description = "Paged, "
                    + "sortable (code, name, joinedAt), searchable by branch name or code. A branch account sees only its own "
                    + "branch. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own, in campaigns its branch takes part in).")
    public ParticipantPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Search in branch name and code") String q,
            @Valid @BeanParam PageQuery paging) {
        return new ParticipantPage(service.list(campaignId, q, paging));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = ParticipantView.class,
            responseCode = "201",
            responseDescription = "The branch takes part")
    @GuardedBy(CampaignWrite.PARTICIPANTS)
    @Operation(
            operationId = "addParticipant",
            summary = "Add a branch to a campaign",
            description = "Archived branches " + "cannot join. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Already taking part, branch archived, or campaign closed")
    public Response add(@PathParam("campaignId") long campaignId, @NotNull @Valid ParticipationRequest request) {
        ParticipantView added = service.add(campaignId, request.branchId());
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/branches/" + added.branchId()))
                .entity(added)
                .build();
    }

    @DELETE
    @Path("/{branchId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "The branch no longer takes part")
    @APIResponse(
            responseCode = "409",
            description = "The branch has a leading group or campaign data, or the campaign is closed")
    @GuardedBy(CampaignWrite.PARTICIPANTS)
    @Operation(
            operationId = "removeParticipant",
            summary = "Remove a branch from a campaign",
            description =
                    "Refused while "
                            + "the branch has a leading group in the campaign, or (once the campaign runs) any campaign data. Roles: ADMIN.")
    public void remove(@PathParam("campaignId") long campaignId, @PathParam("branchId") long branchId) {
        service.remove(campaignId, branchId);
    }
}
