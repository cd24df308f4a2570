package app.chuangxian.commendation;

import io.smallrye.config.ConfigMapping;

/** Who issues the commendation: the name printed on notices, certificates and the public page. */
@ConfigMapping(prefix = "app.commendation")
public interface CommendationSettings {
    String issuer();
}
