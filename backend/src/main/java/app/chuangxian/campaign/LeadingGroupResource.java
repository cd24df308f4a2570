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

@Path("/api/v1/campaigns/{campaignId}/branches/{branchId}/leading-group")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leading groups", description = "领导组 — each participating branch's campaign leading group")
@SecurityRequirement(name = "bearerAuth")
public class LeadingGroupResource {
    @Inject
    LeadingGroupService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(
            value = LeadingGroup.class,
            responseDescription = "The leading group (empty when not yet set up)")
    @Operation(
            operationId = "getLeadingGroup",
            summary = "Get a branch's leading group",
            description = "Phones are masked "
                    + "unless the caller is ADMIN. The branch must take part in the campaign. "
                    + "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own branch; another branch is 404).")
    public LeadingGroup get(@PathParam("campaignId") long campaignId, @PathParam("branchId") long branchId) {
        return service.get(campaignId, branchId);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponseSchema(
            value = LeadingGroup.class,
            responseDescription = "Replaced; `version` is the group's new version")
    @GuardedBy(CampaignWrite.LEADING_GROUP)
    @Operation(
            operationId = "replaceLeadingGroup",
            summary = "Replace a branch's leading group",
            description =
                    "The whole "
                            + "member list in order, exactly one LEADER (an empty list clears the group). Send the group `version` you "
                            + "read; a stale one is 409 and changes nothing. Roles: ADMIN, BRANCH (own branch; another branch is 404).")
    @APIResponse(responseCode = "409", description = "Stale version or campaign closed")
    public LeadingGroup replace(
            @PathParam("campaignId") long campaignId,
            @PathParam("branchId") long branchId,
            @NotNull @Valid LeadingGroup request) {
        return service.replace(campaignId, branchId, request);
    }
}
