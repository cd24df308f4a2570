package app.chuangxian.commendation;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commendation-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commendation")
@SecurityRequirement(name = "bearerAuth")
public class CommendationListResource {

    @Inject
    CommendationLists lists;

    @Inject
    ShortlistService shortlists;

    @Inject
    NoticeService notices;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The list with its branches")
    @Operation(
            operationId = "getCommendationList",
            summary = "Get a commendation list",
            description = "Adjustments and the count of open objections are shown to staff only. "
                    + "Roles: ADMIN, VIEWER (published; others 404), BRANCH (published; others 404).")
    public ListViews.Detail get(@PathParam("id") long id) {
        return lists.get(id);
    }

    @POST
    @Path("/{id}/additions")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The list with the branch added")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "id", via = "commendation-list")
    @Operation(
            operationId = "addToShortlist",
            summary = "Add a branch by hand",
            description = "The reason is recorded. An ineligible branch may be added with a reason; it stays marked "
                    + "ineligible. Only while the list is a draft or under notice. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, already on the list, approved or published list")
    public ListViews.Detail add(@PathParam("id") long id, @NotNull @Valid ListRequests.Adjust request) {
        return shortlists.add(id, request);
    }

    @POST
    @Path("/{id}/removals")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The list without the branch")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "id", via = "commendation-list")
    @Operation(
            operationId = "removeFromShortlist",
            summary = "Remove a branch by hand",
            description = "The reason is recorded. Only while the list is a draft or under notice. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not on the list, approved or published list")
    public ListViews.Detail remove(@PathParam("id") long id, @NotNull @Valid ListRequests.Adjust request) {
        return shortlists.remove(id, request);
    }

    @POST
    @Path("/{id}/notice")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The list, now under public notice")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "id", via = "commendation-list")
    @Operation(
            operationId = "openPublicNotice",
            summary = "Open the public notice (公示)",
            description = "Sets the notice period (both days included) and its announcement. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, empty list, or the list is not a draft")
    public ListViews.Detail openNotice(@PathParam("id") long id, @NotNull @Valid ListRequests.Notice request) {
        return notices.openNotice(id, request);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The approved list")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "id", via = "commendation-list")
    @Operation(
            operationId = "approveCommendationList",
            summary = "Approve the final list",
            description = "Records the resolution number and date. Refused before the notice period has ended and "
                    + "while any objection is unresolved (the problem lists them). Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, notice not ended, unresolved objections, wrong status")
    public ListViews.Detail approve(@PathParam("id") long id, @NotNull @Valid ListRequests.Approve request) {
        return notices.approve(id, request);
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ListViews.Detail.class, responseDescription = "The published list")
    @GuardedBy(value = CampaignWrite.COMMENDATION, param = "id", via = "commendation-list")
    @Operation(
            operationId = "publishCommendationList",
            summary = "Publish the approved list",
            description = "A published list never changes; a correction is a new list naming it. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not approved, or already published")
    public ListViews.Detail publish(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return notices.publish(id, request);
    }
}
