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

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The signed-in account: profile, password, second factor")
@SecurityRequirement(name = "bearerAuth")
public class HomeResource {
    @Inject
    BranchHomeService service;

    @Inject
    TodoService todos;

    @GET
    @Path("/home")
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

    @GET
    @Path("/todos")
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH, Roles.VIEWER, Roles.AUDITOR})
    @APIResponseSchema(value = TodosView.class, responseDescription = "What you have to do now")
    @Operation(
            operationId = "getMyTodos",
            summary = "Get my to-do list (待办)",
            description = "What the caller has to do now, counted from the records on every request (nothing is "
                    + "stored that could drift): a branch's required deliverables due or overdue (deadline: the "
                    + "phase's end or the branch's extension), those returned for a fix, and its self-assessment once "
                    + "the last phase has started; an assessor's assigned branches without a submitted scoresheet; "
                    + "staff's deliverables waiting for review, open objections and public notices ending within three "
                    + "days. Only campaigns under way count (notices and objections: any campaign). VIEWER and AUDITOR "
                    + "have nothing to do and get an empty list. Roles: any signed-in account (a branch account: its "
                    + "own branch only).")
    public TodosView todos() {
        return todos.mine();
    }
}
