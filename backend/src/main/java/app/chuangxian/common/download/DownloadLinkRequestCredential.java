package app.chuangxian.common.download;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A link token and the path it was presented on. */
public class DownloadLinkRequestCredential extends BaseAuthenticationRequest {
    private final String token;
    private final String path;

    public DownloadLinkRequestCredential(String token, String path) {
        this.token = token;
        this.path = path;
    }

    public String token() {
        return token;
    }

    public String path() {
        return path;
    }
}
