package app.chuangxian.rollup;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/organisations/{id}/rollup")
@SecurityRequirement(name = "bearerAuth")
public class RollupResource {
    @Inject
    RollupService rollups;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Organisations")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = RollupPage.class, responseDescription = "The children's figures and the total")
    @Operation(
            operationId = "getOrganisationRollup",
            summary = "Roll-up of an organisation's children",
            description = "For each organisation directly under this one (paged, sortable by name or code): its"
                    + " subtree's branches, the campaigns its organisations run (of `year` when given) with those"
                    + " under way and those with published results, the branches taking part, and the deliverables"
                    + " submitted, accepted and returned; and the same for this organisation's whole subtree in"
                    + " `overall`. Outside the caller's subtree it is 404. Roles: ADMIN, VIEWER.")
    public RollupPage rollup(
            @PathParam("id") long id,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "Only campaigns of this year")
                    Integer year,
            @Valid @BeanParam PageQuery paging) {
        return rollups.rollup(id, year, paging);
    }
}
