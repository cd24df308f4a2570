package app.chuangxian.notification;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Message channels",
        description = "消息渠道 — templates of messages sent by e-mail, SMS and robots, and the send log")
@SecurityRequirement(name = "bearerAuth")
public class DeliveryResource {
    @Inject
    DeliveryService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponseSchema(value = DeliveryViews.Page.class, responseDescription = "A page of the send log")
    @Operation(
            operationId = "listDeliveries",
            summary = "The send log",
            description = "Every message sent by e-mail, SMS or robot to an account of the caller's subtree: recipient"
                    + " (masked), channel, template (kind and language), status, tries and the last error. Newest"
                    + " first (sort: createdAt, status, channel, attempts; - for descending). Roles: ADMIN, AUDITOR.")
    public DeliveryViews.Page list(
            @QueryParam("status") @Parameter(description = "Only sends in this state") DeliveryStatus status,
            @QueryParam("channel") @Parameter(description = "Only this channel") Channel channel,
            @QueryParam("kind") @Parameter(description = "Only this kind of message") NotificationKind kind,
            @QueryParam("accountId") @Parameter(description = "Only to this account") Long accountId,
            @Valid @BeanParam PageQuery paging) {
        return new DeliveryViews.Page(service.list(status, channel, kind, accountId, paging));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeliveryViews.View.class, responseDescription = "The send, due again")
    @Operation(
            operationId = "retryDelivery",
            summary = "Try a failed send again",
            description = "A send FAILED after all its tries goes back to PENDING, due now, from its first try; any"
                    + " other is 409 NOT_FAILED (a double click tries once). One outside the caller's subtree is 404."
                    + " Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Not failed")
    public DeliveryViews.View retry(@PathParam("id") long id) {
        return service.retry(id, Instant.now());
    }
}
