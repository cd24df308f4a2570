package app.chuangxian.audit;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading the audit log. There is deliberately no operation that changes or deletes an audit event. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who did what, when and from where; append-only, kept at least 180 days")
@SecurityRequirement(name = "bearerAuth")
public class AuditResource {
    @Inject
    AuditSearch search;

    @Schema(name = "AuditEventPage", description = "A page of audit events")
    public static class AuditEventPage extends PageResult<AuditEventView> {
        AuditEventPage(PageResult<AuditEventView> page) {
            super(page);
        }
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @APIResponseSchema(
            value = AuditEventPage.class,
            responseDescription = "A page of audit events, newest first by default")
    @Operation(
            operationId = "listAuditEvents",
            summary = "List audit events",
            description = "Paged and filterable by actor, "
                    + "action, entity, outcome and time range. Audit events cannot be changed or deleted through the API. "
                    + "Roles: AUDITOR, ADMIN.")
    public AuditEventPage list(
            @QueryParam("actor") @Size(max = 100) @Parameter(description = "Username or `client:<clientId>`")
                    String actor,
            @QueryParam("action")
                    @Size(max = 40)
                    @Parameter(description = "e.g. POST, PUT, DELETE, LOGIN_FAILED, EXPORT")
                    String action,
            @QueryParam("entityType") @Size(max = 60) @Parameter(description = "e.g. Branch, Account")
                    String entityType,
            @QueryParam("entityId") @Size(max = 60) String entityId,
            @QueryParam("outcome") @Parameter(description = "HTTP status of the outcome") Integer outcome,
            @QueryParam("from")
                    @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-01-01T00:00:00Z")
                    String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
            @Valid @BeanParam PageQuery paging) {
        var filter = new AuditFilter(
                actor, action, entityType, entityId, outcome, instant("from", from), instant("to", to), null, true);
        return new AuditEventPage(search.list(filter, paging));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
