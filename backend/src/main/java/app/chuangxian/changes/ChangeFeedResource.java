package app.chuangxian.changes;

import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "变更订阅 — what changed, for systems that keep a copy in step")
@SecurityRequirement(name = "bearerAuth")
public class ChangeFeedResource {
    @Inject
    ChangeFeedService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @APIResponseSchema(value = ChangeViews.Page.class, responseDescription = "Changes after the cursor, oldest first")
    @APIResponse(responseCode = "400", description = "`since` is not a cursor this API gave, or `size` out of range")
    @Operation(
            operationId = "listChanges",
            summary = "The change feed",
            description = "Every create, update and delete of branches, campaigns (settings and status), phases"
                    + " started, deliverables' status (submitted, returned, accepted), scoresheets submitted or"
                    + " reopened, campaigns' results (finalised, published, reopened), commendation lists' status"
                    + " and recommendations in the caller's subtree, in the order they were made, after the cursor"
                    + " `since`"
                    + " (from the first when absent). Keep `next` and send it as `since` next time; while `more` is"
                    + " true, ask again at once. A change is listed once it is a few seconds old, so that none"
                    + " committed late is skipped. Records made before the feed existed are not in it: sync them"
                    + " from the lists first. A VIEWER reads no scoresheets, and commendation lists once published."
                    + " Roles: ADMIN, VIEWER (API clients: scope read).")
    public ChangeViews.Page list(
            @QueryParam("since")
                    @Size(max = 30)
                    @Parameter(description = "The `next` of the previous answer; absent for the first read")
                    String since,
            @QueryParam("resource") @Parameter(description = "Only changes of this kind of record")
                    ChangedRecord resource,
            @QueryParam("size")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(ChangeFeedService.MAX_SIZE)
                    @Parameter(description = "At most this many changes (1–500, default 100)")
                    int size) {
        return service.read(since, resource, size, Instant.now());
    }
}
