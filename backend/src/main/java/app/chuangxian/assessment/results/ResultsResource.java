package app.chuangxian.assessment.results;

import app.chuangxian.campaign.CampaignWrite;
import app.chuangxian.campaign.GuardedBy;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "考核结果 — aggregation, ranking, grades, finalising and publishing")
@SecurityRequirement(name = "bearerAuth")
public class ResultsResource {
    static final String RULES =
            " Aggregation (the campaign's aggregationMethod) works on whole scoresheets: a branch's submitted"
                    + " scoresheets are ordered by total (then by id); MEAN counts all of them; MEDIAN counts the middle one, or the"
                    + " two middle ones averaged when the count is even; TRIMMED_MEAN drops the one with the highest and the one with"
                    + " the lowest total when there are at least 5, otherwise it is the mean. Each standard's score is the mean of"
                    + " its subtotal over the counted scoresheets and the total is the mean of their totals, both rounded half up"
                    + " to 2 decimals (exact decimal arithmetic on 0.5-point scores). A consensus result replaces both. Rank is"
                    + " standard competition ranking on the total (equal totals share a rank: 1, 1, 3); the display order among"
                    + " equal totals is the higher score of the first standard (STUDY), then branch code. A branch is flagged for"
                    + " disagreement when, over at least 2 submitted scoresheets, their totals or the scores of any one indicator"
                    + " spread (max - min) more than the campaign's disagreementThreshold. A branch missing a required accepted"
                    + " deliverable is not eligible, with the reason, whatever its score.";

    @Inject
    ResultsService service;

    @Inject
    ResultDetailService details;

    @Schema(name = "ResultPage", description = "A page of the ranking, with the state of the results")
    public static class ResultPage extends PageResult<ResultView> {
        @Schema(required = true)
        public final ResultsStatus resultsStatus;

        ResultPage(ResultsService.Ranking ranking) {
            super(ranking.page());
            this.resultsStatus = ranking.status();
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = ResultPage.class, responseDescription = "A page of the ranking")
    @Operation(
            operationId = "listResults",
            summary = "The campaign's ranking",
            description =
                    "Sortable by rank (default), total, branchCode, branchName. Until the results are published only"
                            + " committee staff see them (others 403 RESULTS_NOT_PUBLISHED). A branch account sees per-standard"
                            + " scores of its own branch only." + RULES
                            + " Roles: ADMIN; VIEWER, ASSESSOR, BRANCH once published.")
    public ResultPage list(
            @PathParam("campaignId") long campaignId,
            @QueryParam("flagged")
                    @Parameter(description = "Only branches flagged (true) or not flagged (false) for disagreement")
                    Boolean flagged,
            @Valid @BeanParam PageQuery paging) {
        return new ResultPage(service.list(campaignId, flagged, paging));
    }

    @GET
    @Path("/{branchId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = ResultDetailView.class, responseDescription = "The branch's result")
    @Operation(
            operationId = "getBranchResult",
            summary = "A branch's result in full",
            description =
                    "Per standard, the submitted scoresheets with comments (assessors named for committee staff only,"
                            + " else 评审 1, 2, 3), and for staff and the branch itself the self-assessment beside the final score"
                            + " with the gap. Roles: ADMIN; VIEWER, ASSESSOR, BRANCH (own; another branch is 404) once published.")
    public ResultDetailView get(@PathParam("campaignId") long campaignId, @PathParam("branchId") long branchId) {
        return details.detail(campaignId, branchId);
    }

    @POST
    @Path("/finalise")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ResultsStatusView.class, responseDescription = "Finalised: scoring is closed")
    @GuardedBy(CampaignWrite.FINALISE)
    @Operation(
            operationId = "finaliseResults",
            summary = "Finalise the results",
            description =
                    "Closes scoring: every later score write is 409. Refused while a flagged branch has no consensus."
                            + " Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, already finalised, or flagged branches without"
                    + " consensus (CONSENSUS_MISSING, listing them)")
    public ResultsStatusView finalise(
            @PathParam("campaignId") long campaignId, @NotNull @Valid VersionRequest request) {
        return service.finalise(campaignId, request.version());
    }

    @Schema(name = "ResultsReopenRequest", description = "Why finalised results must be reopened; recorded and audited")
    public record ReopenResultsRequest(
            @NotNull @Schema(example = "3") Long version,

            @NotBlank @Size(max = 1000) @Schema(example = "一份评分表漏计了组织生活记录，需更正")
            String reason) {}

    @POST
    @Path("/reopen")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ResultsStatusView.class, responseDescription = "Reopened: scoring is open again")
    @GuardedBy(CampaignWrite.REOPEN_RESULTS)
    @Operation(
            operationId = "reopenResults",
            summary = "Reopen finalised results",
            description = "For a correction only: says why, is audited, and supersedes the stored snapshot (it stays"
                    + " readable under /results/snapshots); finalising again stores the next version. Refused once a"
                    + " commendation list was approved from the results. Roles: ADMIN.")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, results not finalised, or a commendation list"
                    + " already decided from them (RESULTS_DECIDED)")
    public ResultsStatusView reopen(
            @PathParam("campaignId") long campaignId, @NotNull @Valid ReopenResultsRequest request) {
        return service.reopen(campaignId, request.version(), request.reason());
    }

    @GET
    @Path("/snapshots/{snapshotVersion}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = ResultSnapshotView.class,
            responseDescription = "The stored version with a page of its lines")
    @Operation(
            operationId = "getResultSnapshot",
            summary = "A stored version of the ranking",
            description = "Every finalise stores one; a reopen supersedes the current one, which stays readable here."
                    + " Lines sortable like the ranking. Roles: ADMIN.")
    public ResultSnapshotView snapshot(
            @PathParam("campaignId") long campaignId,
            @PathParam("snapshotVersion") long snapshotVersion,
            @Valid @BeanParam PageQuery paging) {
        return service.snapshot(campaignId, snapshotVersion, paging);
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ResultsStatusView.class, responseDescription = "Published to every role")
    @GuardedBy(CampaignWrite.PUBLISH)
    @Operation(
            operationId = "publishResults",
            summary = "Publish the results",
            description = "Only finalised results. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, not finalised, or already published")
    public ResultsStatusView publish(@PathParam("campaignId") long campaignId, @NotNull @Valid VersionRequest request) {
        return service.publish(campaignId, request.version());
    }
}
