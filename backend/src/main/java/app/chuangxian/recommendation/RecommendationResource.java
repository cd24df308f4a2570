package app.chuangxian.recommendation;

import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@SecurityRequirement(name = "bearerAuth")
public class RecommendationResource {
    @Inject
    RecommendationService service;

    @Inject
    RecommendationNoticeService notices;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = RecommendationDetailView.class, responseDescription = "The recommendation")
    @Operation(
            operationId = "getRecommendation",
            summary = "A recommendation with its objections and chain",
            description = "Staff read it from either end of its hop (the recommender's organisation or the one it was"
                    + " sent to, or above); a branch reads its own once the top has decided. Roles: ADMIN, VIEWER,"
                    + " BRANCH.")
    @APIResponse(responseCode = "404", description = "No such recommendation, or not the caller's to see")
    public RecommendationDetailView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RecommendationView.class, responseDescription = "Revised, SUBMITTED again")
    @Operation(
            operationId = "reviseRecommendation",
            summary = "Revise the dossier (and resubmit a returned recommendation)",
            description = "The recommender's staff, while it is SUBMITTED or RETURNED and the level above has not"
                    + " opened its notice. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or no longer open to change")
    public RecommendationView revise(@PathParam("id") long id, @NotNull @Valid DossierRequest request) {
        return service.revise(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Withdrawn; its place in the quota is free again")
    @Operation(
            operationId = "withdrawRecommendation",
            summary = "Withdraw a recommendation",
            description = "The recommender's staff, while it is SUBMITTED or RETURNED. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Accepted already, or the level above opened its notice")
    public void withdraw(@PathParam("id") long id) {
        service.withdraw(id);
    }

    @POST
    @Path("/review")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RecommendationView.class, responseDescription = "Accepted or returned")
    @Operation(
            operationId = "reviewRecommendation",
            summary = "Accept a recommendation, or return it with reasons",
            description = "Staff of the level it was sent to (or above), while it is SUBMITTED and before that level"
                    + " opens its notice. Returning needs a note. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not submitted, or the notice is open")
    public RecommendationView review(@PathParam("id") long id, @NotNull @Valid ReviewRequest request) {
        return service.review(id, request);
    }

    @POST
    @Path("/objections")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = RecommendationObjectionView.class,
            responseCode = "201",
            responseDescription = "Recorded, open")
    @Operation(
            operationId = "recordRecommendationObjection",
            summary = "Record an objection to a recommendation",
            description = "While the level's notice runs, about an accepted recommendation on it; without raisedBy it"
                    + " is anonymous. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "The notice is not running")
    public Response object(@PathParam("id") long id, @NotNull @Valid RecommendationObjectionRequest request) {
        RecommendationObjectionView created = notices.object(id, request);
        return Response.created(URI.create("/api/v1/recommendations/" + id + "/objections/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/objections/{objectionId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RecommendationObjectionView.class, responseDescription = "Resolved")
    @Operation(
            operationId = "resolveRecommendationObjection",
            summary = "Record how an objection to a recommendation was handled",
            description = "While the notice is open. Upheld, the recommendation is taken off (REJECTED) and frees its"
                    + " place in the quota. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or the notice is closed")
    public RecommendationObjectionView resolve(
            @PathParam("id") long id,
            @PathParam("objectionId") long objectionId,
            @NotNull @Valid ObjectionResolutionRequest request) {
        return notices.resolve(id, objectionId, request);
    }
}
