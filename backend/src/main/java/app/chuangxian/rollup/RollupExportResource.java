package app.chuangxian.rollup;

import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/exports/organisations/{id}/rollup.xlsx")
@SecurityRequirement(name = "bearerAuth")
public class RollupExportResource {
    @Inject
    RollupExport export;

    @GET
    @Produces(app.chuangxian.common.export.Download.XLSX)
    @Tag(name = "Exports")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The roll-up as a spreadsheet",
            content =
                    @Content(
                            mediaType = app.chuangxian.common.export.Download.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(
            operationId = "downloadOrganisationRollup",
            summary = "Download the roll-up of an organisation's children (XLSX)",
            description = "Every child with the figures of the roll-up, then the total. Roles: ADMIN, VIEWER.")
    public Response download(
            @PathParam("id") long id,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "Only campaigns of this year")
                    Integer year) {
        return export.rollup(id, year).response();
    }
}
