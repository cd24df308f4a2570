package app.chuangxian.campaign;

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

@Path("/api/v1/campaigns/{campaignId}/grade-thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standards")
@SecurityRequirement(name = "bearerAuth")
public class GradeScaleResource {
    @Inject
    GradeScaleService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = GradeScale.class, responseDescription = "The grades, highest first")
    @Operation(
            operationId = "getGradeThresholds",
            summary = "Get a campaign's grade thresholds",
            description = "Roles: " + "ADMIN, VIEWER, ASSESSOR, BRANCH (campaigns its branch takes part in).")
    public GradeScale get(@PathParam("campaignId") long campaignId) {
        return service.get(campaignId);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = GradeScale.class,
            responseDescription = "Replaced; `version` is the campaign's new version")
    @GuardedBy(CampaignWrite.SCORING_RULES)
    @Operation(
            operationId = "replaceGradeThresholds",
            summary = "Replace a campaign's grade thresholds",
            description =
                    "The "
                            + "whole list, highest first with strictly falling `minTotal` and unique codes. `version` is the campaign's "
                            + "version (stale is 409). Refused with 409 once scoring has started or the campaign is closed. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, scoring started or campaign closed")
    public GradeScale replace(@PathParam("campaignId") long campaignId, @NotNull @Valid GradeScale request) {
        return service.replace(campaignId, request);
    }
}
