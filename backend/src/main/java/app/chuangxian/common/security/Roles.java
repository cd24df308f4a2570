package app.chuangxian.common.security;

/** The roles an account can hold; they travel in the token's {@code groups} claim. */
public final class Roles {
    /** Committee staff (会市委 / 组织部门). */
    public static final String ADMIN = "ADMIN";
    /** Member of the assessment group (考核组). */
    public static final String ASSESSOR = "ASSESSOR";
    /** Branch chair or staff, bound to one branch (基层组织). */
    public static final String BRANCH = "BRANCH";
    /** Leadership, read-only (领导). */
    public static final String VIEWER = "VIEWER";
    /** Reads the audit log and nothing else. */
    public static final String AUDITOR = "AUDITOR";

    /**
     * Not an account's role: an API client with scope {@code webhooks:manage} holds it, to manage its organisation's
     * webhooks and nothing else.
     */
    public static final String WEBHOOK_CLIENT = "WEBHOOK_CLIENT";

    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR);

    private Roles() {}
}
