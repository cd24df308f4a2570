package app.chuangxian.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in rules; each can be overridden from the environment (see application.properties). */
@ConfigMapping(prefix = "app.auth")
public interface AuthSettings {
    /** Failed sign-ins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("10")
    int lockoutMinutes();

    /** A refresh token unused for this long expires: the session has been idle. */
    @WithDefault("30")
    int refreshIdleMinutes();

    /** Failed sign-ins from one address within the window before that address is throttled. */
    @WithDefault("20")
    int addressMaxFailures();

    @WithDefault("10")
    int addressWindowMinutes();

    /** When true, ADMIN and AUDITOR accounts must enrol a TOTP second factor before they can work. */
    @WithDefault("false")
    boolean totpMandatory();

    /** How long the "is this account still enabled" answer is cached per account. */
    @WithDefault("5")
    int accountCheckSeconds();
}
