package app.chuangxian.sitevisit;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/site-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Site visits", description = "实地调研 — the committee's visits to branches during a campaign")
@SecurityRequirement(name = "bearerAuth")
public class SiteVisitResource {
    @Inject
    SiteVisitService service;

    @Schema(name = "SiteVisitPage", description = "A page of site visits")
    public static class SiteVisitPage extends PageResult<SiteVisitDtos.View> {
        SiteVisitPage(PageResult<SiteVisitDtos.View> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = SiteVisitPage.class, responseDescription = "A page of site visits")
    @Operation(
            operationId = "listSiteVisits",
            summary = "List site visits",
            description =
                    "Paged, newest first by "
                            + "default (sort: visitedOn, updatedAt). A branch account sees only its own. Roles: ADMIN, VIEWER, BRANCH (own).")
    public SiteVisitPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("branchId") @Parameter(description = "Only visits to this branch") Long branchId,
            @QueryParam("from") @Parameter(description = "Visited on or after") LocalDate from,
            @QueryParam("to") @Parameter(description = "Visited on or before") LocalDate to,
            @Valid @BeanParam PageQuery paging) {
        return new SiteVisitPage(service.list(campaignId, branchId, from, to, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = SiteVisitDtos.View.class, responseDescription = "The site visit")
    @Operation(
            operationId = "getSiteVisit",
            summary = "Get a site visit",
            description = "Roles: ADMIN, VIEWER, " + "BRANCH (own; another branch's is 404).")
    public SiteVisitDtos.View get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SiteVisitDtos.View.class, responseCode = "201", responseDescription = "Recorded")
    @GuardedBy(CampaignWrite.SITE_VISITS)
    @Operation(
            operationId = "createSiteVisit",
            summary = "Record a site visit",
            description = "To a branch that " + "takes part in the campaign. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Campaign closed or not started")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid SiteVisitDtos.Request request) {
        SiteVisitDtos.View created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/site-visits/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SiteVisitDtos.View.class, responseDescription = "Updated")
    @GuardedBy(CampaignWrite.SITE_VISITS)
    @Operation(
            operationId = "updateSiteVisit",
            summary = "Change a site visit",
            description = "Send the `version` " + "you read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or campaign closed")
    public SiteVisitDtos.View update(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid SiteVisitDtos.Request request) {
        return service.update(campaignId, id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Stale version, or campaign closed")
    @GuardedBy(CampaignWrite.SITE_VISITS)
    @Operation(
            operationId = "deleteSiteVisit",
            summary = "Delete a site visit",
            description = "Send the `version` " + "you read. Roles: ADMIN.")
    public Response delete(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version you read", required = true) Long version) {
        service.delete(campaignId, id, version);
        return Response.noContent().build();
    }
}
