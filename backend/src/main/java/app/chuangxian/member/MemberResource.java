package app.chuangxian.member;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/branches/{branchId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "成员名册 — a branch's member register, kept by the branch all year round")
@SecurityRequirement(name = "bearerAuth")
public class MemberResource {
    @Inject
    MemberService service;

    @Schema(name = "MemberPage", description = "A page of a branch's members")
    public static class MemberPage extends PageResult<MemberDtos.View> {
        MemberPage(PageResult<MemberDtos.View> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.BRANCH})
    @APIResponseSchema(value = MemberPage.class, responseDescription = "A page of members")
    @Operation(
            operationId = "listMembers",
            summary = "List a branch's members",
            description = "Paged, by name by default (sort: name, role, joinedOn, updatedAt), searchable by name. "
                    + "Leadership reads names masked (王*华). Roles: ADMIN, VIEWER, BRANCH (own; another branch is 404).")
    public MemberPage list(
            @PathParam("branchId") long branchId,
            @QueryParam("q") @Size(max = 50) @Parameter(description = "Search in names") String q,
            @QueryParam("role") @Parameter(description = "Only members of this role") MemberRole role,
            @QueryParam("current")
                    @Parameter(description = "true: only those who belong now; false: only those who left")
                    Boolean current,
            @Valid @BeanParam PageQuery paging) {
        return new MemberPage(service.list(branchId, q, role, current, paging));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponseSchema(value = MemberDtos.View.class, responseCode = "201", responseDescription = "Added")
    @Operation(
            operationId = "createMember",
            summary = "Add a member",
            description = "A name already in the register (of a current member) is refused, so a request sent twice "
                    + "adds one member. Roles: ADMIN, BRANCH (own; another branch is 404).")
    public Response create(@PathParam("branchId") long branchId, @NotNull @Valid MemberDtos.Request request) {
        MemberDtos.View created = service.create(branchId, request);
        return Response.created(URI.create("/api/v1/branches/" + branchId + "/members/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponseSchema(value = MemberDtos.View.class, responseDescription = "Changed")
    @Operation(
            operationId = "updateMember",
            summary = "Change a member",
            description = "Every field, with the `version` you read; a stale one is 409 and changes nothing. Set "
                    + "`leftOn` when a member leaves: they stay in the register, no longer current. Roles: ADMIN, BRANCH "
                    + "(own; another branch is 404).")
    @APIResponse(responseCode = "409", description = "Stale version")
    public MemberDtos.View update(
            @PathParam("branchId") long branchId,
            @PathParam("id") long id,
            @NotNull @Valid MemberDtos.Request request) {
        return service.update(branchId, id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Stale version")
    @Operation(
            operationId = "deleteMember",
            summary = "Remove a member entered by mistake",
            description = "Send the `version` you read. A member who left is kept with `leftOn` instead. Roles: ADMIN, "
                    + "BRANCH (own; another branch is 404).")
    public Response delete(
            @PathParam("branchId") long branchId,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version you read", required = true) Long version) {
        service.delete(branchId, id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.BRANCH})
    @APIResponseSchema(value = MemberDtos.ImportView.class, responseDescription = "What was added")
    @APIResponse(responseCode = "415", description = "The file is not an .xlsx workbook")
    @Operation(
            operationId = "importMembers",
            summary = "Add members from a spreadsheet",
            description = "An .xlsx workbook: in its first sheet a header row with 姓名 (required), 职务 (主委, 副主委, "
                    + "委员 or 会员; empty is 会员) and 入会日期 (a date), one member a row, at most "
                    + MemberSheet.MAX_ROWS
                    + ". All rows or none: a refusal names every row's errors at once (`rows[7].name`, by the row "
                    + "number the spreadsheet shows). A row naming a current member is left out and counted, so a sheet "
                    + "sent again adds nobody twice. Roles: ADMIN, BRANCH (own; another branch is 404).")
    public MemberDtos.ImportView importSheet(
            @PathParam("branchId") long branchId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return service.importSheet(branchId, file);
    }
}
