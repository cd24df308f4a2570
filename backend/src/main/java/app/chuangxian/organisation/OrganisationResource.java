package app.chuangxian.organisation;

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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organisations",
        description = "组织 — the tree of committees (centre, provinces, cities, counties); staff act on their"
                + " organisation's subtree only")
@SecurityRequirement(name = "bearerAuth")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @Schema(name = "OrganisationPage", description = "A page of organisations")
    public static class OrganisationPage extends PageResult<OrganisationView> {
        OrganisationPage(PageResult<OrganisationView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.AUDITOR})
    @APIResponseSchema(value = OrganisationPage.class, responseDescription = "A page of organisations")
    @APIResponse(responseCode = "404", description = "The organisation named is not one the caller acts on")
    @Operation(
            operationId = "listOrganisations",
            summary = "List organisations",
            description = "With `parentId`, the organisations directly under it (drill-down); without, every"
                    + " organisation of the caller's subtree, the caller's own included. Searchable by name or code."
                    + " An organisation outside the subtree is 404. Roles: ADMIN, VIEWER, ASSESSOR, AUDITOR.")
    public OrganisationPage list(
            @QueryParam("parentId") @Parameter(description = "Only the organisations directly under this one")
                    Long parentId,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Search in name and code") String q,
            @QueryParam("level") @Parameter(description = "Only organisations of this level") OrganisationLevel level,
            @Valid @BeanParam PageQuery paging) {
        return new OrganisationPage(service.list(parentId, q, level, paging));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.AUDITOR})
    @APIResponseSchema(value = OrganisationDetailView.class, responseDescription = "The caller's organisation")
    @Operation(
            operationId = "getMyOrganisation",
            summary = "The caller's own organisation",
            description = "Where the caller stands: the top of what they act on. Roles: ADMIN, VIEWER, ASSESSOR,"
                    + " AUDITOR.")
    public OrganisationDetailView mine() {
        return service.mine();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.ASSESSOR, Roles.AUDITOR})
    @APIResponseSchema(value = OrganisationDetailView.class, responseDescription = "The organisation")
    @Operation(
            operationId = "getOrganisation",
            summary = "Get an organisation",
            description = "With the trail from the caller's organisation down to it. Outside the caller's subtree"
                    + " it is 404. Roles: ADMIN, VIEWER, ASSESSOR, AUDITOR.")
    public OrganisationDetailView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(
            value = OrganisationDetailView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it")
    @Operation(
            operationId = "createOrganisation",
            summary = "Create an organisation",
            description = "Under an organisation of the caller's subtree, at a lower level than it; the code is"
                    + " unique in the tree, the name under its parent. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Code or name taken")
    public Response create(@NotNull @Valid OrganisationRequests.Create request) {
        OrganisationDetailView created = service.create(request);
        return Response.created(URI.create(
                        "/api/v1/organisations/" + created.organisation().id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = OrganisationDetailView.class, responseDescription = "Updated")
    @Operation(
            operationId = "updateOrganisation",
            summary = "Update an organisation",
            description = "Name, code and level; its place in the tree does not change. Send the `version` you"
                    + " read; a stale version is 409 and changes nothing. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or code or name taken")
    public OrganisationDetailView update(
            @PathParam("id") long id, @NotNull @Valid OrganisationRequests.Update request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "It still holds organisations, branches, campaigns, accounts or clients, or it is the"
                    + " caller's own")
    @Operation(
            operationId = "deleteOrganisation",
            summary = "Delete an empty organisation",
            description = "Only one that holds nothing; the caller's own organisation stays. Roles: ADMIN.")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
