package app.chuangxian.home;

import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The signed-in account: profile, password, second factor")
@SecurityRequirement(name = "bearerAuth")
public class HomeResource {
    @Inject
    BranchHomeService service;

    @GET
    @RolesAllowed(Roles.BRANCH)
    @APIResponseSchema(value = BranchHomeView.class, responseDescription = "The branch's home")
    @Operation(
            operationId = "getMyBranchHome",
            summary = "Get my branch's home",
            description = "Everything a branch "
                    + "chair's first screen shows, in one request for a slow phone network: the branch, the running campaign "
                    + "it takes part in, that campaign's phases and deliverable types, the branch's own deliverables, its "
                    + "self-assessment and leading group. Each part is exactly what its own operation answers. "
                    + "Roles: BRANCH (own branch).")
    public BranchHomeView home() {
        return service.home();
    }
}
