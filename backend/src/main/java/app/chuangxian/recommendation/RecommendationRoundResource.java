package app.chuangxian.recommendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/recommendation-round")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@SecurityRequirement(name = "bearerAuth")
public class RecommendationRoundResource {
    @Inject
    RecommendationNoticeService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = RecommendationRoundView.class, responseDescription = "The campaign's round")
    @Operation(
            operationId = "getRecommendationRound",
            summary = "A campaign's recommendations at a glance",
            description = "What it received per status, its notice (and at the top the decision), and the quota it was"
                    + " allotted from above with what it sent. Roles: ADMIN, VIEWER of the campaign's organisation or"
                    + " above.")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public RecommendationRoundView get(@PathParam("campaignId") long campaignId) {
        return service.round(campaignId);
    }

    @POST
    @Path("/notice")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RecommendationRoundView.class, responseDescription = "The round, under notice")
    @GuardedBy(CampaignWrite.RECOMMENDATIONS)
    @Operation(
            operationId = "openRecommendationNotice",
            summary = "Announce the accepted recommendations (公示)",
            description = "Once every recommendation received is reviewed (409 RECOMMENDATIONS_PENDING) and at least"
                    + " one accepted (409 NOTHING_TO_ANNOUNCE). The notice follows the commendation list's rules: not"
                    + " starting in the past unless the campaign's history is being entered, at least the campaign's"
                    + " minimum of working days. Reviews and new recommendations into the campaign stop. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Announced already, reviews pending, or nothing accepted")
    public RecommendationRoundView open(
            @PathParam("campaignId") long campaignId, @NotNull @Valid RecommendationNoticeRequest request) {
        return service.open(campaignId, request);
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RecommendationRoundView.class, responseDescription = "The round, closed")
    @GuardedBy(CampaignWrite.RECOMMENDATIONS)
    @Operation(
            operationId = "closeRecommendationNotice",
            summary = "Close the notice; at the top, decide",
            description = "After the notice's last day, with no objection open. Below the top, the level may then"
                    + " recommend its accepted candidates up. At the top it is the decision (document number and date"
                    + " required): the accepted ones and every recommendation they carried up are COMMENDED, all"
                    + " others waiting in the chain NOT_COMMENDED; every level and the branch read it. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not ended, objections open, or closed already")
    public RecommendationRoundView close(
            @PathParam("campaignId") long campaignId, @NotNull @Valid NoticeCloseRequest request) {
        return service.close(campaignId, request);
    }
}
