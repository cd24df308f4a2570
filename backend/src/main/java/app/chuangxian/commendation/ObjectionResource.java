package app.chuangxian.commendation;

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

@Path("/api/v1/commendation-lists/{listId}/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commendation")
@SecurityRequirement(name = "bearerAuth")
public class ObjectionResource {

    @Inject
    NoticeService notices;

    @Schema(name = "ObjectionPage", description = "A page of objections")
    public static class ObjectionPage extends PageResult<ListViews.ObjectionView> {
        ObjectionPage(PageResult<ListViews.ObjectionView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ObjectionPage.class, responseDescription = "A page of objections")
    @Operation(
            operationId = "listObjections",
            summary = "List the objections to a list",
            description = "Anonymous objectors have no name. Sort by id, status, receivedOn. Roles: ADMIN.")
    public ObjectionPage list(
            @PathParam("listId") long listId,
            @QueryParam("status") @Parameter(description = "Only objections with this status") ObjectionStatus status,
            @Valid @BeanParam PageQuery paging) {
        return new ObjectionPage(notices.objections(listId, status, paging));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = ListViews.ObjectionView.class,
            responseCode = "201",
            responseDescription = "Recorded, open")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "listId", via = "commendation-list")
    @Operation(
            operationId = "recordObjection",
            summary = "Record an objection",
            description = "Only during the notice period, about a branch on the list; without raisedBy it is anonymous "
                    + "and no name is kept. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "The notice is not running")
    public Response record(@PathParam("listId") long listId, @NotNull @Valid ListRequests.NewObjection request) {
        ListViews.ObjectionView created = notices.record(listId, request);
        return Response.created(URI.create("/api/v1/commendation-lists/" + listId + "/objections/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{objectionId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.ObjectionView.class, responseDescription = "Resolved")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "listId", via = "commendation-list")
    @Operation(
            operationId = "resolveObjection",
            summary = "Record how an objection was handled",
            description =
                    "Sets handling and outcome and marks it resolved; while the list is under notice. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or the list is no longer under notice")
    public ListViews.ObjectionView resolve(
            @PathParam("listId") long listId,
            @PathParam("objectionId") long objectionId,
            @NotNull @Valid ListRequests.Resolve request) {
        return notices.resolve(listId, objectionId, request);
    }
}
