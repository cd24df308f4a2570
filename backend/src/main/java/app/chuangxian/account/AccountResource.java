package app.chuangxian.account;

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

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of committee staff, assessors, branches, leadership and auditors")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed(Roles.ADMIN)
public class AccountResource {
    @Inject
    AccountService service;

    @Schema(name = "AccountPage", description = "A page of accounts")
    public static class AccountPage extends PageResult<AccountView> {
        AccountPage(PageResult<AccountView> page) {
            super(page);
        }
    }

    @GET
    @APIResponseSchema(value = AccountPage.class, responseDescription = "A page of accounts")
    @APIResponse(responseCode = "404", description = "The organisation named is not one the caller acts on")
    @Operation(
            operationId = "listAccounts",
            summary = "List accounts",
            description = "Paged, sortable, searchable by "
                    + "username, display name or email; filter by role, branch and enabled. Showing phone numbers is audited. "
                    + "Roles: ADMIN.")
    public AccountPage list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Search in username, display name and email")
                    String q,
            @QueryParam("role") @Parameter(description = "Only accounts holding this role") String role,
            @QueryParam("branchId") @Parameter(description = "Only accounts of this branch") Long branchId,
            @QueryParam("organisationId")
                    @Parameter(description = "Only accounts of this organisation and those below it")
                    Long organisationId,
            @QueryParam("enabled") @Parameter(description = "Only enabled (true) or disabled (false) accounts")
                    Boolean enabled,
            @Valid @BeanParam PageQuery paging) {
        return new AccountPage(
                service.list(new AccountFilter(q, role, branchId, enabled, organisationId, null), paging));
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = AccountView.class, responseDescription = "The account")
    @Operation(
            operationId = "getAccount",
            summary = "Get an account",
            description = "Showing the phone number is audited. " + "Roles: ADMIN.")
    public AccountView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @APIResponseSchema(
            value = AccountView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it")
    @Operation(
            operationId = "createAccount",
            summary = "Create an account",
            description = "The username must be unique; a "
                    + "BRANCH account needs its branch; the given password is temporary and must be changed at first sign-in. "
                    + "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Username taken")
    public Response create(@NotNull @Valid AccountRequests.Create request) {
        AccountView created = service.create(request);
        return Response.created(URI.create("/api/v1/accounts/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = AccountView.class, responseDescription = "Updated")
    @Operation(
            operationId = "updateAccount",
            summary = "Update an account",
            description = "Send the `version` you read; a " + "stale version is 409 and changes nothing. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, or removing your own ADMIN role")
    public AccountView update(@PathParam("id") long id, @NotNull @Valid AccountRequests.Update request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/disable")
    @APIResponseSchema(
            value = AccountView.class,
            responseDescription = "Disabled; its tokens stop working within seconds")
    @Operation(
            operationId = "disableAccount",
            summary = "Disable an account",
            description = "The account can no longer " + "sign in and its tokens stop working. Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version, already disabled, or your own account")
    public AccountView disable(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.setEnabled(id, false, request.version());
    }

    @POST
    @Path("/{id}/enable")
    @APIResponseSchema(value = AccountView.class, responseDescription = "Enabled again")
    @Operation(operationId = "enableAccount", summary = "Enable an account", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version or already enabled")
    public AccountView enable(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.setEnabled(id, true, request.version());
    }

    @POST
    @Path("/{id}/reset-password")
    @APIResponseSchema(value = TemporaryPasswordView.class, responseDescription = "The temporary password, shown once")
    @Operation(
            operationId = "resetAccountPassword",
            summary = "Reset a password",
            description = "Sets a generated temporary "
                    + "password that must be changed at the next sign-in, unlocks the account and ends its sign-ins. "
                    + "Roles: ADMIN.")
    @APIResponse(responseCode = "409", description = "Stale version")
    public TemporaryPasswordView resetPassword(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return service.resetPassword(id, request.version());
    }
}
