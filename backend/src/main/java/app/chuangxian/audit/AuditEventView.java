package app.chuangxian.audit;

import app.chuangxian.organisation.OrganisationRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One line of the audit log")
public record AuditEventView(
        long id,
        Instant occurredAt,

        @Schema(description = "Username, `client:<clientId>` or `anonymous`", example = "admin")
        String actor,

        @Schema(enumeration = {"ACCOUNT", "CLIENT", "ANONYMOUS"})
        String actorKind,

        @Schema(nullable = true) Long accountId,

        @Schema(
                description = "HTTP method of a write, or LOGIN_SUCCEEDED, LOGIN_FAILED, EXPORT, PERSONAL_DATA_VIEW",
                example = "PUT")
        String action,

        @Schema(nullable = true) String method,

        @Schema(nullable = true, example = "/api/v1/branches/7")
        String path,

        @Schema(nullable = true, example = "Branch") String entityType,
        @Schema(nullable = true, example = "7") String entityId,

        @Schema(description = "HTTP status of the outcome", example = "200")
        int outcome,

        @Schema(nullable = true) String remoteAddress,

        @Schema(description = "Names of the fields sent (never their values)")
        List<String> changedFields,

        @Schema(nullable = true) String detail,

        @Schema(
                nullable = true,
                description = "The caller's organisation (for a sign-in, the account's); null when the tree places no"
                        + " one")
        OrganisationRef organisation) {

    static AuditEventView of(AuditEvent e, OrganisationRef organisation) {
        List<String> fields = e.changedFields == null ? List.of() : Arrays.asList(e.changedFields.split(","));
        return new AuditEventView(
                e.id,
                e.occurredAt,
                e.actor,
                e.actorKind,
                e.accountId,
                e.action,
                e.method,
                e.path,
                e.entityType,
                e.entityId,
                e.outcome,
                e.remoteAddress,
                fields,
                e.detail,
                organisation);
    }
}
