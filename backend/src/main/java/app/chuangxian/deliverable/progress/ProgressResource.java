package app.chuangxian.deliverable.progress;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

@Path("/api/v1/campaigns/{campaignId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables")
@SecurityRequirement(name = "bearerAuth")
public class ProgressResource {
    @Inject
    ProgressService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = ProgressViews.Board.class, responseDescription = "The progress board")
    @Operation(
            operationId = "getCampaignProgress",
            summary = "Deliverable progress",
            description = "Per phase and "
                    + "branch, each required deliverable type's state (missing, draft, returned, submitted, accepted) and "
                    + "whether it is late; totals per phase for the dashboard. Branch rows are paged and sorted by branch `code` "
                    + "(the default) or `name`. A branch account gets only its own row and totals. "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public ProgressViews.Board progress(
            @PathParam("campaignId") long campaignId,
            @QueryParam("phaseId") @Parameter(description = "Only this phase") Long phaseId,
            @Valid @BeanParam PageQuery paging) {
        return service.board(campaignId, phaseId, paging);
    }
}
