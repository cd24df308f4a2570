package app.chuangxian.account;

import app.chuangxian.common.VersionRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Third-party systems that call the API with the client-credentials grant")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed(Roles.ADMIN)
public class ApiClientResource {
    @Inject
    ApiClientService service;

    @Schema(name = "ApiClientPage", description = "A page of API clients")
    public static class ApiClientPage extends PageResult<ApiClientViews.View> {
        ApiClientPage(PageResult<ApiClientViews.View> page) {
            super(page);
        }
    }

    @GET
    @APIResponseSchema(value = ApiClientPage.class, responseDescription = "A page of API clients")
    @Operation(operationId = "listApiClients", summary = "List API clients", description = "Roles: ADMIN.")
    public ApiClientPage list(@Valid @BeanParam PageQuery paging) {
        return new ApiClientPage(service.list(paging));
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = ApiClientViews.View.class, responseDescription = "The API client")
    @Operation(operationId = "getApiClient", summary = "Get an API client", description = "Roles: ADMIN.")
    public ApiClientViews.View get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @APIResponseSchema(
            value = ApiClientViews.Credentials.class,
            responseCode = "201",
            responseDescription = "Registered; the secret is in this response only")
    @Operation(
            operationId = "createApiClient",
            summary = "Register an API client",
            description = "Scopes: `read` (reads "
                    + "like VIEWER), `deliverables:write` (acts for the given branch on deliverables only), `audit:read` (lists "
                    + "audit events). The secret is kept only as a hash. Roles: ADMIN.")
    public Response create(@NotNull @Valid ApiClientRequest request) {
        ApiClientViews.Credentials created = service.create(request);
        return Response.created(
                        URI.create("/api/v1/api-clients/" + created.client().id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/{id}/disable")
    @APIResponseSchema(value = ApiClientViews.View.class, responseDescription = "Disabled; its tokens stop working")
    @Operation(operationId = "disableApiClient", summary = "Disable an API client", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or already disabled")
    public ApiClientViews.View disable(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.disable(id, request.version());
    }
}
