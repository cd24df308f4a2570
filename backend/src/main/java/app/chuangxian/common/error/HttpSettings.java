package app.chuangxian.common.error;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the HTTP layer that the application enforces itself (the body size is Quarkus's own setting). */
@ConfigMapping(prefix = "app.http")
public interface HttpSettings {
    /** A longer request line is refused with a problem+json 414. */
    @WithDefault("8192")
    int maxUriLength();
}
