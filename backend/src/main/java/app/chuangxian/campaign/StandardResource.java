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

@Path("/api/v1/campaigns/{campaignId}/standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standards", description = "基本标准 — evaluation standards with their indicators (考核细则)")
@SecurityRequirement(name = "bearerAuth")
public class StandardResource {
    private static final String FIXED =
            " Refused with 409 once scoring has started, when results are no longer open, or "
                    + "when the campaign is closed.";

    @Inject
    StandardService service;

    @Schema(name = "StandardPage", description = "A page of standards")
    public static class StandardPage extends PageResult<StandardView> {
        StandardPage(PageResult<StandardView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = StandardPage.class, responseDescription = "A page of standards with their indicators")
    @Operation(
            operationId = "listStandards",
            summary = "List a campaign's standards",
            description = "With their "
                    + "indicators, ordered by `seq` unless sorted otherwise (seq, code, name). "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (campaigns its branch takes part in).")
    public StandardPage list(@PathParam("campaignId") long campaignId, @Valid @BeanParam PageQuery paging) {
        return new StandardPage(service.list(campaignId, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = StandardView.class, responseDescription = "The standard")
    @Operation(
            operationId = "getStandard",
            summary = "Get a standard",
            description = "Roles: ADMIN, VIEWER, ASSESSOR, " + "BRANCH (campaigns its branch takes part in).")
    public StandardView get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = StandardView.class, responseCode = "201", responseDescription = "Created")
    @GuardedBy(CampaignWrite.SCORING_RULES)
    @Operation(
            operationId = "createStandard",
            summary = "Add a standard with its indicators",
            description = "The " + "indicators' points must sum to `maxPoints` (400 naming `indicators`)." + FIXED
                    + " Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Code taken, scoring started or campaign closed")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid StandardRequest request) {
        StandardView created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/standards/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = StandardView.class, responseDescription = "Updated")
    @GuardedBy(CampaignWrite.SCORING_RULES)
    @Operation(
            operationId = "updateStandard",
            summary = "Replace a standard and its indicators",
            description = "Indicators "
                    + "are matched by code (kept codes keep their ids); missing ones are removed. Send the `version` you read."
                    + FIXED + " Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, code taken, scoring started or campaign closed")
    public StandardView update(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid StandardRequest request) {
        return service.update(campaignId, id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted with its indicators")
    @APIResponse(responseCode = "409", description = "Scoring started or campaign closed")
    @GuardedBy(CampaignWrite.SCORING_RULES)
    @Operation(
            operationId = "deleteStandard",
            summary = "Delete a standard",
            description = "Deletes its indicators too." + FIXED + " Roles: ADMIN.")
    public void delete(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        service.delete(campaignId, id);
    }
}
