package app.chuangxian.demo;

import io.smallrye.config.ConfigMapping;

/** Whether the demo data is loaded at start (on in development, off in production and tests). */
@ConfigMapping(prefix = "app.demo-data")
public interface DemoDataSettings {
    boolean enabled();
}
