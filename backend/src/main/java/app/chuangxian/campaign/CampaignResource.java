package app.chuangxian.campaign;

import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "创建活动 — campaigns and their life cycle")
@SecurityRequirement(name = "bearerAuth")
public class CampaignResource {
    private static final String READERS =
            "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (only campaigns its branch takes part in; others are 404).";

    @Inject
    CampaignService service;

    @Inject
    CampaignTemplateService templates;

    @Schema(name = "CampaignPage", description = "A page of campaigns")
    public static class CampaignPage extends PageResult<CampaignView> {
        CampaignPage(PageResult<CampaignView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = CampaignPage.class, responseDescription = "A page of campaigns")
    @Operation(
            operationId = "listCampaigns",
            summary = "List campaigns",
            description = "Paged, sortable (title, year, status, "
                    + "createdAt, updatedAt; default `-year`), filtered by status, year and a search in title and goals. "
                    + READERS)
    public CampaignPage list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Search in title and goals (Chinese works)")
                    String q,
            @QueryParam("status") @Parameter(description = "Only campaigns with this status") CampaignStatus status,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "Only campaigns of this year")
                    Integer year,
            @Valid @BeanParam PageQuery paging) {
        return new CampaignPage(service.list(q, status, year, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = CampaignView.class, responseDescription = "The campaign")
    @Operation(
            operationId = "getCampaign",
            summary = "Get a campaign",
            description = "With its current phase (by today's date). " + READERS)
    public CampaignView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = CampaignView.class,
            responseCode = "201",
            responseDescription = "Created as DRAFT; Location names it")
    @Operation(
            operationId = "createCampaign",
            summary = "Create a campaign",
            description = "Starts as DRAFT with no phases, " + "standards or participants. Roles: ADMIN.")
    public Response create(@NotNull @Valid CampaignRequest request) {
        CampaignView created = service.create(request);
        return Response.created(URI.create("/api/v1/campaigns/" + created.id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/{id}/copy")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CampaignView.class, responseCode = "201", responseDescription = "The new DRAFT campaign")
    @Operation(
            operationId = "copyCampaign",
            summary = "Create a campaign from a template",
            description = "Copies the texts, "
                    + "settings, phases (shifted so that the first starts on `startsOn`), standards with indicators, grade "
                    + "thresholds and deliverable types of campaign `id` (any status) into a new DRAFT campaign. Participants "
                    + "and leading groups are not copied. Roles: ADMIN.")
    public Response copy(@PathParam("id") long id, @NotNull @Valid CampaignCopyRequest request) {
        CampaignView created = templates.copy(id, request);
        return Response.created(URI.create("/api/v1/campaigns/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CampaignView.class, responseDescription = "Updated")
    @GuardedBy(value = CampaignWrite.SETTINGS, param = "id")
    @Operation(
            operationId = "updateCampaign",
            summary = "Update a campaign",
            description = "Send the `version` you read; "
                    + "a stale version is 409 and changes nothing. A closed campaign is read-only (409). Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or closed campaign")
    public CampaignView update(@PathParam("id") long id, @NotNull @Valid CampaignRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CampaignView.class, responseDescription = "Now ACTIVE")
    @GuardedBy(value = CampaignWrite.ACTIVATE, param = "id")
    @Operation(
            operationId = "activateCampaign",
            summary = "Start a campaign",
            description = "DRAFT → ACTIVE; the campaign " + "needs at least one phase. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not a draft, or no phases")
    public CampaignView activate(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.transition(id, CampaignStatus.ACTIVE, request.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CampaignView.class, responseDescription = "Now CLOSED (read-only)")
    @GuardedBy(value = CampaignWrite.CLOSE, param = "id")
    @Operation(
            operationId = "closeCampaign",
            summary = "Close a campaign",
            description = "ACTIVE → CLOSED; from then on " + "every write into the campaign is 409. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or not active")
    public CampaignView close(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.transition(id, CampaignStatus.CLOSED, request.version());
    }

    @POST
    @Path("/{id}/recorded-history")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CampaignView.class, responseDescription = "The campaign with its recordedAsOf")
    @GuardedBy(value = CampaignWrite.RECORDED_HISTORY, param = "id")
    @Operation(
            operationId = "setRecordedHistory",
            summary = "Enter a past campaign as of a date",
            description = "For a campaign that already happened (like the 2009 one): while `asOf` is set, submissions"
                    + " are dated that day, so what was handed in on time then is not shown as late now. `asOf` null"
                    + " returns the campaign to live dates. Audited with the reason. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or closed campaign")
    public CampaignView recordedHistory(@PathParam("id") long id, @NotNull @Valid RecordedHistoryRequest request) {
        return service.recordedHistory(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted with its configuration")
    @GuardedBy(value = CampaignWrite.DELETE, param = "id")
    @Operation(
            operationId = "deleteCampaign",
            summary = "Delete a draft campaign",
            description = "Only a DRAFT campaign "
                    + "can be deleted; active and closed campaigns keep their history (409). Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
