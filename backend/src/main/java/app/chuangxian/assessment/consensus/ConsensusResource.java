package app.chuangxian.assessment.consensus;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/consensus/{branchId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consensus", description = "合议 — the agreed result for a branch the assessors disagreed on")
@SecurityRequirement(name = "bearerAuth")
public class ConsensusResource {
    @Inject
    ConsensusService service;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ConsensusView.class, responseDescription = "The consensus")
    @Operation(
            operationId = "getConsensus",
            summary = "Get a branch's consensus result",
            description = "404 until one is recorded. Roles: ADMIN.")
    public ConsensusView get(@PathParam("campaignId") long campaignId, @PathParam("branchId") long branchId) {
        return service.get(campaignId, branchId);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ConsensusView.class, responseDescription = "Recorded; it overrides the aggregate")
    @GuardedBy(CampaignWrite.CONSENSUS)
    @Operation(
            operationId = "recordConsensus",
            summary = "Record a branch's consensus result",
            description =
                    "A final score for every standard (0..its points, steps of 0.5), the reason, who took part and"
                            + " optionally the site visit behind it. It replaces the aggregate of the scoresheets for the branch."
                            + " Replacing one needs the `version` read. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or results finalised")
    public ConsensusView record(
            @PathParam("campaignId") long campaignId,
            @PathParam("branchId") long branchId,
            @NotNull @Valid ConsensusRequest request) {
        return service.record(campaignId, branchId, request);
    }
}
