package app.chuangxian.notification;

import app.chuangxian.common.VersionRequest;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/message-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Message channels",
        description = "消息渠道 — templates of messages sent by e-mail, SMS and robots, and the send log")
@SecurityRequirement(name = "bearerAuth")
public class MessageTemplateResource {
    @Inject
    MessageTemplateService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponseSchema(value = MessageTemplateViews.Page.class, responseDescription = "Templates by kind and language")
    @Operation(
            operationId = "listMessageTemplates",
            summary = "List the message templates",
            description =
                    "Every kind of message in both languages (zh-CN, en), as staff worded it or as shipped, with"
                            + " the placeholders it may use. Sort: kind or -kind (the order of the kinds). Roles: ADMIN, AUDITOR.")
    public MessageTemplateViews.Page list(
            @QueryParam("kind") @Parameter(description = "Only this kind") NotificationKind kind,
            @QueryParam("locale")
                    @Parameter(
                            description = "Only this language",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"zh-CN", "en"}))
                    String locale,
            @Valid @BeanParam PageQuery paging) {
        return new MessageTemplateViews.Page(service.list(kind, locale, paging));
    }

    @GET
    @Path("/{kind}/{locale}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponseSchema(value = MessageTemplateViews.View.class, responseDescription = "The template")
    @Operation(
            operationId = "getMessageTemplate",
            summary = "Get a message template",
            description = "Roles: ADMIN, AUDITOR. A language other than zh-CN or en is 404.")
    public MessageTemplateViews.View get(
            @PathParam("kind") NotificationKind kind,
            @PathParam("locale")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"zh-CN", "en"}))
                    String locale) {
        return service.get(kind, locale);
    }

    @PUT
    @Path("/{kind}/{locale}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = MessageTemplateViews.View.class, responseDescription = "The template as stored")
    @Operation(
            operationId = "putMessageTemplate",
            summary = "Reword a message template",
            description = "Subject and body may name only the kind's placeholders in braces ({title}, {name}, {link}"
                    + " ...); any other is 400 UNKNOWN_PLACEHOLDER on the field, a stray brace 400 UNPAIRED_BRACE."
                    + " Send version null to reword one still as shipped, then the version read (409 STALE_VERSION"
                    + " otherwise). The wording serves the whole deployment: administrators below the top organisation"
                    + " are 403 TOP_ORGANISATION_ONLY. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public MessageTemplateViews.View put(
            @PathParam("kind") NotificationKind kind,
            @PathParam("locale")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"zh-CN", "en"}))
                    String locale,
            @NotNull @Valid MessageTemplateViews.Request request) {
        return service.put(kind, locale, request);
    }

    @POST
    @Path("/{kind}/{locale}/reset")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = MessageTemplateViews.View.class, responseDescription = "The wording as shipped")
    @Operation(
            operationId = "resetMessageTemplate",
            summary = "Go back to the shipped wording",
            description = "Drops staff's wording (send the version read; any version when it is not customised)."
                    + " Roles: ADMIN of the top organisation.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public MessageTemplateViews.View reset(
            @PathParam("kind") NotificationKind kind,
            @PathParam("locale")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"zh-CN", "en"}))
                    String locale,
            @NotNull @Valid VersionRequest request) {
        return service.reset(kind, locale, request.version());
    }
}
