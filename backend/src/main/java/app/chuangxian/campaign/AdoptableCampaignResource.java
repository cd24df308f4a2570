package app.chuangxian.campaign;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/adoptable-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions")
@SecurityRequirement(name = "bearerAuth")
public class AdoptableCampaignResource {
    @Inject
    CampaignAdoptionService service;

    @Schema(name = "AdoptableCampaignPage", description = "A page of campaigns the caller's organisation may adopt")
    public static class AdoptableCampaignPage extends PageResult<AdoptableCampaignView> {
        AdoptableCampaignPage(PageResult<AdoptableCampaignView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = AdoptableCampaignPage.class, responseDescription = "A page of campaigns")
    @Operation(
            operationId = "listAdoptableCampaigns",
            summary = "Campaigns launched right above, to adopt",
            description = "The running campaigns of the organisation right above the caller's, newest year first"
                    + " unless sorted otherwise (title, year, createdAt), each with the caller's organisation's plan"
                    + " when it has adopted it already. Empty at the top of the tree. Roles: ADMIN, VIEWER.")
    public AdoptableCampaignPage list(@Valid @BeanParam PageQuery paging) {
        return new AdoptableCampaignPage(service.offers(paging));
    }
}
