package app.chuangxian.deliverable;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on a deliverable's attachments. */
@ConfigMapping(prefix = "app.attachments")
public interface AttachmentSettings {
    @WithDefault("20971520")
    long maxFileBytes();

    @WithDefault("10")
    int maxFiles();
}
