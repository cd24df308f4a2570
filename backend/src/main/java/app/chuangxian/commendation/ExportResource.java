package app.chuangxian.commendation;

import app.chuangxian.common.export.Download;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downloads: score sheet (XLSX), commendation list, feedback report and certificate (PDF). */
@Path("/api/v1/exports")
@Tag(
        name = "Exports",
        description = "Files for paper and spreadsheets; names in Chinese (RFC 5987) with an ASCII fallback")
@SecurityRequirement(name = "bearerAuth")
public class ExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("/campaigns/{campaignId}/score-sheet.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "The ranking and score sheet",
            content =
                    @Content(mediaType = Download.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "Results not finalised or not available")
    @Operation(
            operationId = "downloadScoreSheet",
            summary = "Download the ranking and score sheet (XLSX)",
            description =
                    "One row per branch: rank, branch, score per standard, total, grade, eligibility. Roles: ADMIN.")
    public Response scoreSheet(@PathParam("campaignId") long campaignId) {
        return send(exports.scoreSheet(campaignId));
    }

    @GET
    @Path("/commendation-lists/{listId}.pdf")
    @Produces(Download.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The commendation list",
            content = @Content(mediaType = Download.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "The CJK font for PDF documents is missing")
    @Operation(
            operationId = "downloadCommendationList",
            summary = "Download a commendation list (PDF)",
            description = "Staff's copy adds the objections and their outcome, anonymous objectors as 匿名. "
                    + "Roles: ADMIN, VIEWER (published), BRANCH (published).")
    public Response commendationList(@PathParam("listId") long listId) {
        return send(exports.commendationList(listId));
    }

    @GET
    @Path("/commendation-lists/{listId}/certificates/{branchId}.pdf")
    @Produces(Download.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(mediaType = Download.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The list is not approved yet")
    @APIResponse(responseCode = "503", description = "The CJK font for PDF documents is missing")
    @Operation(
            operationId = "downloadCertificate",
            summary = "Download a commendation certificate (PDF)",
            description = "For a branch on an approved or published list. "
                    + "Roles: ADMIN, VIEWER (published), BRANCH (own, published; another branch's is 404).")
    public Response certificate(@PathParam("listId") long listId, @PathParam("branchId") long branchId) {
        return send(exports.certificate(listId, branchId));
    }

    @GET
    @Path("/feedback-reports/{reportId}.pdf")
    @Produces(Download.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The feedback report",
            content = @Content(mediaType = Download.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "The CJK font for PDF documents is missing")
    @Operation(
            operationId = "downloadFeedbackReport",
            summary = "Download a feedback report (PDF)",
            description = "Roles: ADMIN, VIEWER (released), BRANCH (own, released; another branch's is 404).")
    public Response feedbackReport(@PathParam("reportId") long reportId) {
        return send(exports.feedbackReport(reportId));
    }

    private static Response send(Download file) {
        return file.response();
    }
}
