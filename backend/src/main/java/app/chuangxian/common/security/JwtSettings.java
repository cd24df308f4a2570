package app.chuangxian.common.security;

import io.smallrye.config.ConfigMapping;

/** Signing and lifetime of the API's tokens (see application.properties for the defaults and their variables). */
@ConfigMapping(prefix = "app.jwt")
public interface JwtSettings {
    /** Whether a missing key pair is generated at start (development); production supplies the files. */
    boolean generateKeys();

    String privateKeyFile();

    String publicKeyFile();

    String issuer();

    String audience();

    /** Lifetime of an access token. */
    int accessTokenMinutes();
}
