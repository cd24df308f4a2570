package app.chuangxian.recommendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@SecurityRequirement(name = "bearerAuth")
public class CampaignRecommendationResource {
    @Inject
    RecommendationService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = RecommendationPage.class, responseDescription = "A page of recommendations")
    @Operation(
            operationId = "listRecommendations",
            summary = "Recommendations a campaign received or sent up",
            description = "RECEIVED (the default): those the organisations right below recommended into this campaign;"
                    + " SENT: those this campaign recommended into the campaign above. A branch sees only its own, and"
                    + " only once the top has decided. Sort by id, candidateName, status, submittedAt, title."
                    + " Roles: ADMIN, VIEWER of the campaign's organisation or above; BRANCH of a participating"
                    + " branch.")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public RecommendationPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("direction") @Parameter(description = "RECEIVED (default) or SENT")
                    RecommendationDirection direction,
            @QueryParam("status") @Parameter(description = "Only recommendations with this status")
                    RecommendationStatus status,
            @QueryParam("title") @Parameter(description = "Only recommendations for this title")
                    RecommendationTitle title,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Part of the candidate's name") String q,
            @Valid @BeanParam PageQuery paging) {
        return new RecommendationPage(service.list(
                campaignId,
                direction == null ? RecommendationDirection.RECEIVED : direction,
                status,
                title,
                q,
                paging));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = RecommendationView.class,
            responseCode = "201",
            responseDescription = "Recommended, SUBMITTED for review above")
    @GuardedBy(CampaignWrite.RECOMMENDATIONS)
    @Operation(
            operationId = "createRecommendation",
            summary = "Recommend a candidate to the level above",
            description = "From this campaign into the campaign it adopts. A branch (GRASSROOTS) must be on this"
                    + " campaign's published commendation list, or be a recommendation this level accepted from below"
                    + " and closed its notice on; a local committee (LOCAL) must be below the recommender. Refused:"
                    + " beyond the quota the level above allotted (409 QUOTA_EXCEEDED), without a quota (409 NO_QUOTA),"
                    + " after its deadline (409 RECOMMENDATION_DEADLINE_PASSED), once the level above opened its notice"
                    + " (409 RECOMMENDATIONS_CLOSED), a candidate outside the recommender's subtree (400 naming the"
                    + " field), twice (409 ALREADY_RECOMMENDED). Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Beyond quota, past the deadline, or not recommendable")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid RecommendationRequest request) {
        RecommendationView created = service.create(campaignId, request);
        return Response.created(URI.create("/api/v1/recommendations/" + created.id()))
                .entity(created)
                .build();
    }
}
