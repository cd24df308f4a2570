package app.chuangxian.notification;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "消息中心 — what happened that the signed-in account should know")
@SecurityRequirement(name = "bearerAuth")
public class NotificationResource {
    @Inject
    NotificationService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH, Roles.VIEWER, Roles.AUDITOR})
    @APIResponseSchema(value = NotificationViews.Page.class, responseDescription = "Your messages, newest first")
    @Operation(
            operationId = "listMyNotifications",
            summary = "List my messages",
            description =
                    "Paged, newest first (sort: createdAt or -createdAt), with the count of unread ones. Each account reads only its own. "
                            + "Roles: ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR (own messages).")
    public NotificationViews.Page list(
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only unread messages")
                    boolean unread,
            @Valid @BeanParam PageQuery paging) {
        return service.mine(unread, paging);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH, Roles.VIEWER, Roles.AUDITOR})
    @APIResponseSchema(value = NotificationViews.Item.class, responseDescription = "The message, read")
    @Operation(
            operationId = "markNotificationRead",
            summary = "Mark a message read",
            description = "Marking it again changes nothing; another account's message is 404. "
                    + "Roles: ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR (own messages).")
    public NotificationViews.Item markRead(@PathParam("id") long id) {
        return service.markRead(id);
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH, Roles.VIEWER, Roles.AUDITOR})
    @APIResponseSchema(value = NotificationViews.Marked.class, responseDescription = "How many were unread")
    @Operation(
            operationId = "markAllNotificationsRead",
            summary = "Mark all my messages read",
            description = "Roles: ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR (own messages).")
    public NotificationViews.Marked markAllRead() {
        return service.markAllRead();
    }
}
