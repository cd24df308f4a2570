package app.chuangxian.deliverable.progress;

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

/** The deliverable progress board for spreadsheets. */
@Path("/api/v1/exports/campaigns/{campaignId}/progress.xlsx")
@Tag(name = "Exports")
@SecurityRequirement(name = "bearerAuth")
public class ProgressExportResource {
    @Inject
    ProgressExport export;

    @GET
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The progress board",
            content =
                    @Content(mediaType = Download.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(
            operationId = "downloadCampaignProgress",
            summary = "Download deliverable progress (XLSX)",
            description = "One row per participating branch (by code), one column per required deliverable with its "
                    + "state and 逾期 when late, then the counts missing and late. "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own row only).")
    public Response board(@PathParam("campaignId") long campaignId) {
        return export.board(campaignId).response();
    }
}
