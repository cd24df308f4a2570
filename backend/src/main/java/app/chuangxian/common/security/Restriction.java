package app.chuangxian.common.security;

/**
 * Why a token may reach only its own account's few operations (GET /me, password, TOTP enrolment, logout).
 * The value travels in the token's {@code restriction} claim and is the problem {@code code} of the 403.
 */
public final class Restriction {
    /** A new or reset account must first choose its own password. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    /** A second factor is mandatory for the account's role and it has none yet. */
    public static final String TOTP_ENROLMENT_REQUIRED = "TOTP_ENROLMENT_REQUIRED";

    private Restriction() {}
}
