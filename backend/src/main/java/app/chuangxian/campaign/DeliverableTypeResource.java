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

@Path("/api/v1/campaigns/{campaignId}/deliverable-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverable types", description = "What branches hand in per phase (实施方案, 活动总结 ...)")
@SecurityRequirement(name = "bearerAuth")
public class DeliverableTypeResource {
    private static final String READERS =
            "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (campaigns its branch takes part in).";

    @Inject
    DeliverableTypeService service;

    @Schema(name = "DeliverableTypePage", description = "A page of deliverable types")
    public static class DeliverableTypePage extends PageResult<DeliverableTypeView> {
        DeliverableTypePage(PageResult<DeliverableTypeView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = DeliverableTypePage.class, responseDescription = "A page of deliverable types")
    @Operation(
            operationId = "listDeliverableTypes",
            summary = "List a campaign's deliverable types",
            description = "Filtered "
                    + "by phase and required; ordered by `seq` unless sorted otherwise (seq, code, name). " + READERS)
    public DeliverableTypePage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("phaseId") @Parameter(description = "Only types of this phase") Long phaseId,
            @QueryParam("required") @Parameter(description = "Only required (true) or optional (false) types")
                    Boolean required,
            @Valid @BeanParam PageQuery paging) {
        return new DeliverableTypePage(service.list(campaignId, phaseId, required, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = DeliverableTypeView.class, responseDescription = "The deliverable type")
    @Operation(operationId = "getDeliverableType", summary = "Get a deliverable type", description = READERS)
    public DeliverableTypeView get(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        return service.get(campaignId, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeliverableTypeView.class, responseCode = "201", responseDescription = "Created")
    @GuardedBy(CampaignWrite.DELIVERABLE_TYPES)
    @Operation(
            operationId = "createDeliverableType",
            summary = "Add a deliverable type",
            description = "The phase must " + "belong to the campaign; field keys must be unique. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Code taken or campaign closed")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid DeliverableTypeRequest request) {
        DeliverableTypeView created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/deliverable-types/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeliverableTypeView.class, responseDescription = "Updated")
    @GuardedBy(CampaignWrite.DELIVERABLE_TYPES)
    @Operation(
            operationId = "updateDeliverableType",
            summary = "Update a deliverable type",
            description = "Send the " + "`version` you read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, code taken or campaign closed")
    public DeliverableTypeView update(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @NotNull @Valid DeliverableTypeRequest request) {
        return service.update(campaignId, id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Deliverables of the type exist, or the campaign is closed")
    @GuardedBy(CampaignWrite.DELIVERABLE_TYPES)
    @Operation(
            operationId = "deleteDeliverableType",
            summary = "Delete a deliverable type",
            description = "Only while no " + "deliverable of the type exists. Roles: ADMIN.")
    public void delete(@PathParam("campaignId") long campaignId, @PathParam("id") long id) {
        service.delete(campaignId, id);
    }
}
