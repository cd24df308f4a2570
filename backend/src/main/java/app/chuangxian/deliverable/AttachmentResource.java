package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments")
@Tag(name = "Deliverables")
@SecurityRequirement(name = "bearerAuth")
public class AttachmentResource {
    static final String THUMBNAIL_TYPE = "image/jpeg";
    /** A file's content never changes for its id: the browser keeps a thumbnail for a year, for this user only. */
    static final String THUMBNAIL_CACHE = "private, max-age=31536000, immutable";

    @Inject
    AttachmentService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = DeliverableViews.Uploaded.class, responseCode = "201", responseDescription = "Stored")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "uploadAttachment",
            summary = "Attach a file",
            description = "PDF, Word, Excel, "
                    + "PowerPoint, JPEG, PNG or HEIC, recognised from the content; at most 20 MB a file and 10 files a "
                    + "deliverable by default. Only while the deliverable is editable. A retry with the same Idempotency-Key "
                    + "returns the first result. Roles: BRANCH (own).")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key: the first upload's result",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliverableViews.Uploaded.class)))
    @APIResponse(responseCode = "409", description = "Not editable, stale version, or too many files")
    @APIResponse(responseCode = "413", description = "File too large")
    @APIResponse(responseCode = "415", description = "Content is not an accepted kind of file")
    @APIResponse(responseCode = "422", description = "Idempotency-Key used before for a different request")
    public Response upload(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @HeaderParam(DeliverableReviewResource.IDEMPOTENCY_KEY) String idempotencyKey,
            @RestForm("file")
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")
                    FileUpload file,
            @RestForm("version") @Parameter(description = "The deliverable version you read (optional)") Long version) {
        AttachmentService.Stored stored = service.upload(campaignId, id, file, version, idempotencyKey);
        long attachmentId = stored.uploaded().attachment().id();
        return Response.status(stored.replayed() ? 200 : 201)
                .location(URI.create(
                        "/api/v1/campaigns/" + campaignId + "/deliverables/" + id + "/attachments/" + attachmentId))
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.uploaded())
                .build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment, with the media type it was uploaded as",
            content =
                    @Content(
                            mediaType = "*/*",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @Operation(
            operationId = "downloadAttachment",
            summary = "Download a file",
            description = "Same access as the " + "deliverable. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public Response download(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @PathParam("attachmentId") long attachmentId) {
        AttachmentService.Download file = service.download(campaignId, id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName()))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("/{attachmentId}/thumbnail")
    @Produces(THUMBNAIL_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The photo as a JPEG that fits in 320 × 320 pixels (never enlarged)",
            headers = {
                @Header(
                        name = "ETag",
                        description = "Tag of the thumbnail; send it as If-None-Match to get a 304",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Cache-Control",
                        description = "private, with a long max-age: a file never changes",
                        required = true,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(mediaType = THUMBNAIL_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "304",
            description = "Not modified: If-None-Match names the current ETag",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Tag of the thumbnail",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "No such file or not visible; or code NO_THUMBNAIL: the file is not "
                    + "a JPEG or PNG photo, cannot be read, or is larger than 40 megapixels (download it instead)")
    @Operation(
            operationId = "getAttachmentThumbnail",
            summary = "A photo's thumbnail",
            description = "A JPEG or PNG "
                    + "attachment scaled to fit 320 × 320 pixels, keeping its proportions. Same access as the deliverable. "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public Response thumbnail(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @PathParam("attachmentId") long attachmentId,
            @Context Request request) {
        AttachmentService.Thumbnail thumbnail = service.thumbnail(campaignId, id, attachmentId);
        EntityTag tag = new EntityTag(thumbnail.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer =
                notModified != null ? notModified : Response.ok(thumbnail.jpeg().get(), THUMBNAIL_TYPE);
        return answer.tag(tag).header("Cache-Control", THUMBNAIL_CACHE).build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed(Roles.BRANCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Not editable or stale version")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "deleteAttachment",
            summary = "Delete a file",
            description = "Only while the deliverable "
                    + "is editable; send the deliverable `version` you read. Roles: BRANCH (own).")
    public Response delete(
            @PathParam("campaignId") long campaignId,
            @PathParam("id") long id,
            @PathParam("attachmentId") long attachmentId,
            @QueryParam("version") @Parameter(description = "The deliverable version you read", required = true)
                    Long version) {
        service.delete(campaignId, id, attachmentId, version);
        return Response.noContent().build();
    }
}
