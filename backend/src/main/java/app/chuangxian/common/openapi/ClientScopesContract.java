package app.chuangxian.common.openapi;

import app.chuangxian.common.security.ClientScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds the client-credentials requirement, with its scope, to the operations an API client may call: what
 * {@link ClientScopes#permits} lets through and the operation's roles (its "Roles:" line) allow for the role the
 * scope grants. ClientCredentialsTest calls every operation so marked with a token of that scope.
 */
final class ClientScopesContract {
    private static final Pattern ROLES = Pattern.compile("Roles?: ([^\\n]*)$");

    private ClientScopesContract() {}

    static void require(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getSecurity() == null || op.getSecurity().isEmpty() || op.getDescription() == null) {
                    continue;
                }
                Matcher roles = ROLES.matcher(op.getDescription().trim());
                if (!roles.find() || roles.group(1).startsWith("any signed-in")) {
                    continue;
                }
                List<SecurityRequirement> requirements = new ArrayList<>(op.getSecurity());
                for (String scope : scopes(entry.getKey().name(), path.getKey(), roles.group(1))) {
                    requirements.add(OASFactory.createSecurityRequirement().addScheme("clientCredentials", scope));
                }
                op.setSecurity(requirements);
            }
        }
    }

    /** The scopes whose role may call the operation and which the scope check lets through. */
    static List<String> scopes(String method, String path, String roles) {
        String upper = roles.toUpperCase(Locale.ROOT);
        List<String> scopes = new ArrayList<>();
        if (upper.contains("VIEWER") && ClientScopes.permits(ClientScopes.READ, method, path)) {
            scopes.add(ClientScopes.READ);
        }
        if (upper.contains("BRANCH") && ClientScopes.permits(ClientScopes.DELIVERABLES_WRITE, method, path)) {
            scopes.add(ClientScopes.DELIVERABLES_WRITE);
        }
        if (upper.contains("AUDITOR") && ClientScopes.permits(ClientScopes.AUDIT_READ, method, path)) {
            scopes.add(ClientScopes.AUDIT_READ);
        }
        if (upper.contains("ADMIN") && ClientScopes.permits(ClientScopes.WEBHOOKS_MANAGE, method, path)) {
            scopes.add(ClientScopes.WEBHOOKS_MANAGE);
        }
        return scopes;
    }
}
