package app.chuangxian.assessment.selfassessment;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/campaigns/{campaignId}/self-assessments/{branchId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Self-assessments", description = "自评 — a branch scores itself, beside (never in) the assessors' scores")
@SecurityRequirement(name = "bearerAuth")
public class SelfAssessmentResource {
    @Inject
    SelfAssessmentService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = SelfAssessmentView.class, responseDescription = "The self-assessment")
    @Operation(
            operationId = "getSelfAssessment",
            summary = "Get a branch's self-assessment",
            description = "404 until the branch has saved one. Roles: ADMIN, BRANCH (own; another branch is 404),"
                    + " ASSESSOR (only a submitted one of a branch assigned to them in the campaign; else 404).")
    public SelfAssessmentView get(@PathParam("campaignId") long campaignId, @PathParam("branchId") long branchId) {
        return service.get(campaignId, branchId);
    }

    @PUT
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = SelfAssessmentView.class, responseDescription = "The draft, saved")
    @GuardedBy(CampaignWrite.SELF_ASSESSMENTS)
    @Operation(
            operationId = "saveSelfAssessment",
            summary = "Save the self-assessment draft",
            description =
                    "Each score is 0..the indicator's points in steps of 0.5, with a short justification. The first"
                            + " save creates it; later saves send the `version` read. Roles: BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or results finalised")
    public SelfAssessmentView save(
            @PathParam("campaignId") long campaignId,
            @PathParam("branchId") long branchId,
            @NotNull @Valid SelfAssessmentRequest request) {
        return service.save(campaignId, branchId, request);
    }

    @POST
    @Path("/submit")
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = SelfAssessmentView.class, responseDescription = "Submitted; now read-only")
    @GuardedBy(CampaignWrite.SELF_ASSESSMENTS)
    @Operation(
            operationId = "submitSelfAssessment",
            summary = "Submit the self-assessment",
            description = "Once only; every indicator must be scored. Roles: BRANCH (own).")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or results finalised")
    public SelfAssessmentView submit(
            @PathParam("campaignId") long campaignId,
            @PathParam("branchId") long branchId,
            @NotNull @Valid VersionRequest request) {
        return service.submit(campaignId, branchId, request);
    }
}
