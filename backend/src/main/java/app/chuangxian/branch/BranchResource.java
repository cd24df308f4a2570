package app.chuangxian.branch;

import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Branches", description = "基层组织 — the grassroots organisations of the committee")
@SecurityRequirement(name = "bearerAuth")
public class BranchResource {

    @Inject
    BranchService service;

    @Schema(name = "BranchPage", description = "A page of branches")
    public static class BranchPage extends PageResult<BranchView> {
        BranchPage(PageResult<BranchView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = BranchPage.class, responseDescription = "A page of branches")
    @APIResponse(responseCode = "404", description = "The organisation named is not one the caller acts on")
    @Operation(
            operationId = "listBranches",
            summary = "List branches",
            description = "Paged, sortable, searchable by name, code or work unit. "
                    + "Staff see the branches of their organisation's subtree; a branch account only its own branch."
                    + " Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own).")
    public BranchPage list(
            @QueryParam("q")
                    @Size(max = 100)
                    @Parameter(description = "Search in name, code and work unit (Chinese works)")
                    String q,
            @QueryParam("status") @Parameter(description = "Only branches with this status") BranchStatus status,
            @QueryParam("kind") @Parameter(description = "Only branches of this kind") BranchKind kind,
            @QueryParam("organisationId")
                    @Parameter(
                            description = "Only branches of this organisation and those below it (one the caller"
                                    + " acts on, else 404)")
                    Long organisationId,
            @Valid @BeanParam PageQuery paging) {
        return new BranchPage(service.list(q, status, kind, organisationId, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.BRANCH})
    @APIResponseSchema(value = BranchView.class, responseDescription = "The branch")
    @Operation(
            operationId = "getBranch",
            summary = "Get a branch",
            description = "Roles: ADMIN, VIEWER, ASSESSOR, BRANCH (own; another branch is 404).")
    public BranchView get(@PathParam("id") long id) {
        return service.read(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = BranchView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it")
    @Operation(
            operationId = "createBranch",
            summary = "Create a branch",
            description = "Code and name must be unique. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Code or name taken")
    public Response create(@NotNull @Valid BranchRequest request) {
        BranchView created = service.create(request);
        return Response.created(URI.create("/api/v1/branches/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = BranchView.class, responseDescription = "Updated")
    @Operation(
            operationId = "updateBranch",
            summary = "Update a branch",
            description = "Send the `version` you read; a stale version is 409 and changes nothing. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or code or name taken")
    public BranchView update(@PathParam("id") long id, @NotNull @Valid BranchRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = BranchView.class, responseDescription = "Archived")
    @Operation(
            operationId = "archiveBranch",
            summary = "Archive a branch",
            description = "Keeps all its history; it joins no new campaign. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or already archived")
    public BranchView archive(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.setStatus(id, BranchStatus.ARCHIVED, request.version());
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = BranchView.class, responseDescription = "Active again")
    @Operation(operationId = "restoreBranch", summary = "Restore an archived branch", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or already active")
    public BranchView restore(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.setStatus(id, BranchStatus.ACTIVE, request.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The branch has campaign data (or accounts): archive it instead")
    @Operation(
            operationId = "deleteBranch",
            summary = "Delete a branch",
            description = "Only a branch that never took "
                    + "part in a campaign and has no campaign data (participations, leading groups, deliverables, scores) nor "
                    + "accounts; any other branch is archived instead, which keeps its history (409). Roles: ADMIN.")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
