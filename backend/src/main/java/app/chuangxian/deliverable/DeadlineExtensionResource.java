package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/deadline-extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables")
@SecurityRequirement(name = "bearerAuth")
public class DeadlineExtensionResource {
    @Inject
    DeadlineService deadlines;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(
            value = DeadlineDtos.ExtensionView[].class,
            responseDescription = "The extensions, by phase and branch")
    @Operation(
            operationId = "listDeadlineExtensions",
            summary = "List deadline extensions",
            description = "At most " + "one per phase and branch. Roles: ADMIN, VIEWER, BRANCH (own).")
    public List<DeadlineDtos.ExtensionView> list(@PathParam("campaignId") long campaignId) {
        return deadlines.list(campaignId).stream()
                .map(DeadlineDtos.ExtensionView::of)
                .toList();
    }

    @PUT
    @Path("/{phaseId}/{branchId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DeadlineDtos.ExtensionView.class, responseDescription = "The extension")
    @GuardedBy(CampaignWrite.DELIVERABLES)
    @Operation(
            operationId = "grantDeadlineExtension",
            summary = "Grant a deadline extension",
            description = "Sets the "
                    + "branch's deadline for the phase; a change needs the `version` you read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or campaign closed")
    public DeadlineDtos.ExtensionView grant(
            @PathParam("campaignId") long campaignId,
            @PathParam("phaseId") long phaseId,
            @PathParam("branchId") long branchId,
            @NotNull @Valid DeadlineDtos.ExtensionRequest request) {
        return DeadlineDtos.ExtensionView.of(deadlines.grant(campaignId, phaseId, branchId, request));
    }
}
