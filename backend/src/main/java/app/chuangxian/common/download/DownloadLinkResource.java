package app.chuangxian.common.download;

import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Short-lived links to files, for browsers that must download from a plain URL. */
@Path("/api/v1/download-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
@SecurityRequirement(name = "bearerAuth")
public class DownloadLinkResource {
    @Inject
    DownloadLinks links;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR, Roles.BRANCH, Roles.VIEWER, Roles.AUDITOR})
    @APIResponseSchema(value = DownloadLink.class, responseCode = "201", responseDescription = "The link")
    @APIResponse(responseCode = "400", description = "Not a file of this API")
    @Operation(
            operationId = "createDownloadLink",
            summary = "Create a download link",
            description =
                    "A link to one export or attachment that works without an Authorization header for 60 seconds, "
                            + "for in-app browsers and plain links. Opening it checks the file's own rules with the caller's "
                            + "roles, as a request with the bearer token would. The link's token is bound to the path and is not "
                            + "accepted as a bearer token. Roles: any signed-in account.")
    public Response create(@NotNull @Valid DownloadLinkRequest request) {
        DownloadLink link = links.issue(request);
        // The link is the created thing: its address is where the file opens.
        return Response.created(URI.create(link.url())).entity(link).build();
    }
}
