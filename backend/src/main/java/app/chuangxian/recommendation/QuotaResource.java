package app.chuangxian.recommendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/campaigns/{campaignId}/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "推荐上报 — quotas, recommendations up the chain, review, notice, decision")
@SecurityRequirement(name = "bearerAuth")
public class QuotaResource {
    @Inject
    QuotaService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = QuotaPage.class, responseDescription = "A page of the organisations right below")
    @Operation(
            operationId = "listQuotas",
            summary = "The quotas a campaign allots the organisations right below",
            description = "Every organisation right below the campaign's, with its quota per title and deadline (null"
                    + " while none is allotted) and how many it has recommended and had accepted. Sort by name, code,"
                    + " id. Roles: ADMIN, VIEWER of the campaign's organisation or above; others are 404.")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public QuotaPage list(@PathParam("campaignId") long campaignId, @Valid @BeanParam PageQuery paging) {
        return new QuotaPage(service.list(campaignId, paging));
    }

    @PUT
    @Path("/{organisationId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = QuotaView.class, responseDescription = "The quota as stored")
    @GuardedBy(CampaignWrite.RECOMMENDATIONS)
    @Operation(
            operationId = "setQuota",
            summary = "Allot an organisation right below its quota",
            description = "How many branches (先进基层组织) and local committees (先进地方组织) the organisation may"
                    + " recommend into this campaign, and by which day. Send version null the first time, then the"
                    + " version read. A quota cannot drop below what the organisation already recommended"
                    + " (409 QUOTA_IN_USE); an organisation not right below the campaign's is 409 NOT_A_CHILD."
                    + " Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, quota in use, or not a child organisation")
    public QuotaView set(
            @PathParam("campaignId") long campaignId,
            @PathParam("organisationId") long organisationId,
            @NotNull @Valid QuotaRequest request) {
        return service.set(campaignId, organisationId, request);
    }
}
