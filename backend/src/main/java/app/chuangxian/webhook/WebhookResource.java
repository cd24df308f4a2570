package app.chuangxian.webhook;

import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.paging.PageQuery;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "事件推送 — other systems' endpoints that receive the changes as they happen")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.ADMIN, Roles.WEBHOOK_CLIENT})
public class WebhookResource {
    @Inject
    WebhookService service;

    @GET
    @APIResponseSchema(value = WebhookViews.Page.class, responseDescription = "A page of webhooks")
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhooks",
            description = "The endpoints registered in the caller's subtree, newest first (sort: createdAt, url)."
                    + " Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.Page list(@Valid @BeanParam PageQuery paging) {
        return new WebhookViews.Page(service.list(paging));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @APIResponseSchema(
            value = WebhookViews.WithSecret.class,
            responseDescription = "The endpoint and its secret, shown this once",
            responseCode = "201")
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook",
            description =
                    "From now on each change of the kinds named (`events`) in the caller's organisation's"
                            + " subtree is POSTed to `url` as JSON {type, timestamp, data: Change}, signed as Standard"
                            + " Webhooks describe (headers webhook-id, webhook-timestamp, webhook-signature: v1, and the"
                            + " base64 HMAC-SHA256 of id.timestamp.body under the secret's key). A receiver that does not"
                            + " answer 2xx within 10 s is tried again after 1, 5, 30 and 120 minutes. Roles: ADMIN (API clients: scope webhooks:manage).")
    public Response create(@NotNull @Valid WebhookRequest request) {
        WebhookViews.WithSecret created = service.create(request);
        return Response.created(
                        URI.create("/api/v1/webhooks/" + created.webhook().id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = WebhookViews.View.class, responseDescription = "The webhook")
    @Operation(
            operationId = "getWebhook",
            summary = "Read a webhook",
            description = "One outside the caller's subtree is 404. Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.View get(@PathParam("id") long id) {
        return service.get(id);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = WebhookViews.View.class, responseDescription = "The webhook as changed")
    @APIResponse(responseCode = "409", description = "Stale version")
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a webhook",
            description = "Replaces its address, description, kinds of record and whether it is enabled, carrying the"
                    + " version read. Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.View update(@PathParam("id") long id, @NotNull @Valid WebhookRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Removed with its delivery log")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Remove a webhook",
            description = "Nothing more is sent to it. Roles: ADMIN (API clients: scope webhooks:manage).")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/secret")
    @APIResponseSchema(value = WebhookViews.WithSecret.class, responseDescription = "The new secret, shown this once")
    @APIResponse(responseCode = "409", description = "Stale version")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a webhook a new secret",
            description =
                    "Every delivery from now on is signed with the new secret. Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.WithSecret rotate(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.rotateSecret(id, request.version());
    }

    @GET
    @Path("/{id}/deliveries")
    @APIResponseSchema(value = WebhookViews.DeliveryPage.class, responseDescription = "A page of the delivery log")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's delivery log",
            description =
                    "Each change sent (or being sent) to it: the event, status, tries, the receiver's last HTTP"
                            + " status and error. Newest first (sort: createdAt, status, attempts). Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.DeliveryPage deliveries(
            @PathParam("id") long id,
            @QueryParam("status") @Parameter(description = "Only deliveries in this state")
                    WebhookDeliveryStatus status,
            @Valid @BeanParam PageQuery paging) {
        return new WebhookViews.DeliveryPage(service.deliveries(id, status, paging));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @APIResponseSchema(value = WebhookViews.Delivery.class, responseDescription = "The delivery, due again")
    @APIResponse(responseCode = "409", description = "Waiting for its try already")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send a delivery again",
            description = "A sent or failed delivery goes back to PENDING, due now, from its first try, with the same"
                    + " webhook-id (receivers drop what they have seen); one still PENDING is 409 DELIVERY_PENDING."
                    + " Roles: ADMIN (API clients: scope webhooks:manage).")
    public WebhookViews.Delivery replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return service.replay(id, deliveryId, Instant.now());
    }
}
