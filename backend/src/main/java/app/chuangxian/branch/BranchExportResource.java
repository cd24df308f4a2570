package app.chuangxian.branch;

import app.chuangxian.common.export.Download;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The branch register for spreadsheets. */
@Path("/api/v1/exports/branches.xlsx")
@Tag(name = "Exports")
@SecurityRequirement(name = "bearerAuth")
public class BranchExportResource {
    @Inject
    BranchExport export;

    @GET
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponse(
            responseCode = "200",
            description = "The branch register",
            content =
                    @Content(mediaType = Download.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "The organisation named is not one the caller acts on")
    @Operation(
            operationId = "downloadBranchRegister",
            summary = "Download the branch register (XLSX)",
            description = "Every branch matching the same filters as the list, by code; phone numbers masked except "
                    + "for committee staff. Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public Response register(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Search in name, code and work unit") String q,
            @QueryParam("status") @Parameter(description = "Only branches with this status") BranchStatus status,
            @QueryParam("kind") @Parameter(description = "Only branches of this kind") BranchKind kind,
            @QueryParam("organisationId")
                    @Parameter(description = "Only branches of this organisation and those below it")
                    Long organisationId) {
        return export.register(q, status, kind, organisationId).response();
    }
}
