package app.chuangxian.campaign;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions", description = "实施方案 — a campaign adopted level by level down the organisation tree")
@SecurityRequirement(name = "bearerAuth")
public class AdoptionResource {
    @Inject
    CampaignAdoptionService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = AdoptionPage.class, responseDescription = "A page of the organisations below")
    @Operation(
            operationId = "listAdoptions",
            summary = "Which organisations below adopted a campaign",
            description = "Every organisation right below the campaign's, with its plan (title, document number,"
                    + " status, first and last day) when it adopted the campaign; sorted by name unless sorted"
                    + " otherwise (name, code, adoptedAt). Roles: ADMIN, VIEWER of the campaign's organisation or"
                    + " above; others are 404.")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public AdoptionPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("adopted")
                    @Parameter(description = "Only the organisations that adopted it (true) or not yet (false)")
                    Boolean adopted,
            @Valid @BeanParam PageQuery paging) {
        return service.adoptions(campaignId, adopted, paging);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = CampaignView.class,
            responseCode = "201",
            responseDescription = "The caller's organisation's plan, a DRAFT campaign; Location names it")
    @Operation(
            operationId = "adoptCampaign",
            summary = "Adopt the campaign of the organisation above as one's own plan",
            description = "The caller's organisation adopts a running campaign of the organisation right above it."
                    + " The plan is a new DRAFT campaign of the caller's organisation with its own title and document"
                    + " number, the parent's phases on the same dates (each may then move, but only inside the"
                    + " parent's phase of the same code), the parent's standards and indicators inherited (they"
                    + " cannot be changed; local standards are added beside them), grades and deliverable types."
                    + " Participants and assessors are the plan's own. An organisation adopts a campaign once"
                    + " (409 CAMPAIGN_ALREADY_ADOPTED); a campaign of another organisation it can see, or a closed"
                    + " one, is 409 CAMPAIGN_NOT_OFFERED; one it cannot see is 404. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Already adopted, or not a campaign offered for adoption")
    public Response adopt(@PathParam("campaignId") long campaignId, @NotNull @Valid AdoptionRequest request) {
        CampaignView created = service.adopt(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + created.id()))
                .entity(created)
                .build();
    }
}
