package app.chuangxian.common.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a third-party client's scopes grant. A client token carries the roles below in {@code groups}, so every
 * operation's own role check applies, and {@link AccessRestrictions} further limits it to the scopes' paths:
 * <ul>
 * <li>{@code read}: role VIEWER; GET anywhere a VIEWER may read, nothing else.</li>
 * <li>{@code deliverables:write}: role BRANCH bound to the client's branch; GET and writes only on
 * paths containing {@code /deliverables}. Together with {@code read} it reads as its branch (BRANCH, not VIEWER),
 * so it never sees or writes another branch's records.</li>
 * <li>{@code audit:read}: role AUDITOR; GET {@code /api/v1/audit-events} only.</li>
 * <li>{@code webhooks:manage}: role {@link Roles#WEBHOOK_CLIENT}; registers and manages the webhooks of the client's
 * organisation ({@code /api/v1/webhooks} only), which receive what that organisation's administrators may read in the
 * change feed.</li>
 * </ul>
 */
public final class ClientScopes {
    public static final String READ = "read";
    public static final String DELIVERABLES_WRITE = "deliverables:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    public static final List<String> ALL = List.of(READ, DELIVERABLES_WRITE, AUDIT_READ, WEBHOOKS_MANAGE);

    private ClientScopes() {}

    /** The roles a set of scopes grants. */
    public static Set<String> roles(Set<String> scopes) {
        Set<String> roles = new LinkedHashSet<>();
        if (scopes.contains(DELIVERABLES_WRITE)) {
            roles.add(Roles.BRANCH);
        } else if (scopes.contains(READ)) {
            roles.add(Roles.VIEWER);
        }
        if (scopes.contains(AUDIT_READ)) {
            roles.add(Roles.AUDITOR);
        }
        if (scopes.contains(WEBHOOKS_MANAGE)) {
            roles.add(Roles.WEBHOOK_CLIENT);
        }
        return roles;
    }

    /** Whether a client with these (space-separated) scopes may make this request at all. */
    public static boolean permits(String scopeClaim, String method, String path) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scopeClaim.trim().split("\\s+")));
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (path.startsWith("/api/v1/webhooks")) {
            return scopes.contains(WEBHOOKS_MANAGE);
        }
        boolean deliverables = path.contains("/deliverables");
        if (deliverables && scopes.contains(DELIVERABLES_WRITE)) {
            return true;
        }
        if (read && path.startsWith("/api/v1/audit-events")) {
            return scopes.contains(AUDIT_READ);
        }
        return read && scopes.contains(READ);
    }
}
