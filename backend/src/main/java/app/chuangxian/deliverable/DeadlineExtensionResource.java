package app.chuangxian.deliverable;

import app.chuangxian.campaign.Phase;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deadline extensions: small enough to keep the rules next to the endpoints. */
@Path("/api/v1/campaigns/{campaignId}/deadline-extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables")
@SecurityRequirement(name = "bearerAuth")
public class DeadlineExtensionResource {
    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Schema(name = "DeadlineExtension", description = "A later deadline for one branch in one phase")
    public record ExtensionView(long id, long phaseId, long branchId, LocalDate deadline, String reason,
            String grantedBy, long version, Instant updatedAt) {
        static ExtensionView of(DeadlineExtension e) {
            return new ExtensionView(e.id, e.phaseId, e.branchId, e.deadline, e.reason, e.grantedBy, e.version, e.updatedAt);
        }
    }

    @Schema(name = "DeadlineExtensionRequest", description = "Grant or move a branch's deadline for a phase")
    public record ExtensionRequest(@NotNull LocalDate deadline, @Size(max = 500) String reason,
            @Schema(description = "The version you read; omit when granting the first extension") Long version) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = ExtensionView[].class, responseDescription = "The extensions, by phase and branch")
    @Operation(operationId = "listDeadlineExtensions", summary = "List deadline extensions", description = "At most "
            + "one per phase and branch. Roles: ADMIN, VIEWER, BRANCH (own).")
    public List<ExtensionView> list(@PathParam("campaignId") long campaignId) {
        campaigns.visible(campaignId);
        List<DeadlineExtension> found = user.isBranchScoped()
                ? DeadlineExtension.list("campaignId = ?1 and branchId = ?2 order by phaseId", campaignId, campaigns.ownBranch())
                : DeadlineExtension.list("campaignId = ?1 order by phaseId, branchId", campaignId);
        return found.stream().map(ExtensionView::of).toList();
    }

    @PUT
    @Path("/{phaseId}/{branchId}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @APIResponseSchema(value = ExtensionView.class, responseDescription = "The extension")
    @Operation(operationId = "grantDeadlineExtension", summary = "Grant a deadline extension", description = "Sets the "
            + "branch's deadline for the phase; a change needs the `version` you read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or campaign closed")
    public ExtensionView grant(@PathParam("campaignId") long campaignId, @PathParam("phaseId") long phaseId,
            @PathParam("branchId") long branchId, @NotNull @Valid ExtensionRequest request) {
        CampaignAccess.requireRunning(campaigns.visible(campaignId));
        Phase phase = Phase.findById(phaseId);
        if (phase == null || !phase.campaignId.equals(campaignId)) {
            throw ApiException.notFound("Phase", phaseId);
        }
        if (!CampaignAccess.participates(campaignId, branchId)) {
            throw ApiException.notFound("Participating branch", branchId);
        }
        if (request.deadline().isBefore(phase.endsOn)) {
            throw ApiException.invalidField("deadline", "must not be before the phase's end date " + phase.endsOn);
        }
        DeadlineExtension e = DeadlineExtension.find("phaseId = ?1 and branchId = ?2", phaseId, branchId).firstResult();
        if (e == null) {
            e = new DeadlineExtension();
            e.campaignId = campaignId;
            e.phaseId = phaseId;
            e.branchId = branchId;
        } else if (request.version() == null || request.version() != e.version) {
            throw ApiException.staleVersion("The extension of branch " + branchId + " for phase " + phaseId);
        }
        e.deadline = request.deadline();
        e.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        e.grantedBy = user.username();
        e.persistAndFlush();
        return ExtensionView.of(e);
    }
}
