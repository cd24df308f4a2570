package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/commendation-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commendation", description = "总结表彰 — shortlist, public notice, objections, approval and publication")
@SecurityRequirement(name = "bearerAuth")
public class CampaignCommendationResource {

    @Inject
    ShortlistService shortlists;

    @Inject
    CommendationLists lists;

    @Schema(name = "CommendationListPage", description = "A page of commendation lists")
    public static class CommendationListPage extends PageResult<ListViews.Summary> {
        CommendationListPage(PageResult<ListViews.Summary> page) {
            super(page);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = ListViews.Detail.class,
            responseCode = "201",
            responseDescription = "The shortlist, as a draft list")
    @GuardedBy(CampaignWrite.COMMENDATION)
    @Operation(
            operationId = "createShortlist",
            summary = "Draw a shortlist from the final results",
            description =
                    "GRADE: every eligible branch whose grade is at or above minGradeCode; TOP_N: the N best eligible "
                            + "branches, ties at the cut-off included; CORRECTION: a new decision copying the published list correctsId. "
                            + "Needs finalised (or published) results. Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "Results not finalised or not available, a list already in progress, "
                    + "or a published list that only a correction can change")
    public Response create(@PathParam("campaignId") long campaignId, @NotNull @Valid ListRequests.Shortlist request) {
        ListViews.Detail created = shortlists.create(campaignId, request);
        return Response.created(URI.create("/api/v1/commendation-lists/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = CommendationListPage.class, responseDescription = "A page of commendation lists")
    @Operation(
            operationId = "listCommendationLists",
            summary = "List a campaign's commendation lists",
            description =
                    "Staff see every list; everyone else only published ones. Sort by id, status, createdAt, publishedAt. "
                            + "Roles: ADMIN, VIEWER (published), BRANCH (published).")
    public CommendationListPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("status") @Parameter(description = "Only lists with this status") ListStatus status,
            @Valid @BeanParam PageQuery paging) {
        return new CommendationListPage(lists.list(campaignId, status, paging));
    }
}
