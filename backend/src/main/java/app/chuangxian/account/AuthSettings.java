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

    /**
     * How long "is this token's account enabled, its version current and its sign-in live" is cached per instance.
     * 0 (the default) asks the database on every request, so a revocation holds at once on every instance; a change
     * made through this instance clears its own cache at once whatever the setting.
     */
    @WithDefault("0")
    int accountCheckSeconds();

    /** A refresh token presented again within this many seconds of its rotation lost a race (no revocation). */
    @WithDefault("10")
    int refreshRaceSeconds();
}
