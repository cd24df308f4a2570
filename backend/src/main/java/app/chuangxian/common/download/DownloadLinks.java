package app.chuangxian.common.download;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Issues download links for the files of this API; {@link DownloadLinkMechanism} accepts them. */
@ApplicationScoped
public class DownloadLinks {
    /** The audience of link tokens: distinct from the API's, so a link token is never a bearer token. */
    public static final String AUDIENCE = "chuangxian-download";

    public static final String PATH_CLAIM = "path";
    public static final String QUERY_PARAMETER = "download";
    static final Duration LIFESPAN = Duration.ofSeconds(60);

    /** The files a link may point to; everything else is refused (the link is not a general-purpose token). */
    private static final List<Pattern> DOWNLOADABLE = List.of(
            Pattern.compile("/api/v1/exports/[A-Za-z0-9/_.-]+"),
            Pattern.compile("/api/v1/campaigns/\\d+/deliverables/\\d+/attachments/\\d+"));

    private static final List<String> COPIED_CLAIMS = List.of(
            CurrentUser.ACCOUNT_CLAIM,
            CurrentUser.BRANCH_CLAIM,
            CurrentUser.CLIENT_CLAIM,
            CurrentUser.SCOPE_CLAIM,
            CurrentUser.RESTRICTION_CLAIM,
            CurrentUser.SESSION_CLAIM,
            CurrentUser.AUTH_VERSION_CLAIM);

    @Inject
    JsonWebToken caller;

    public DownloadLink issue(DownloadLinkRequest request) {
        URI uri = parse(request.path());
        String path = uri.getRawPath();
        if (path == null
                || path.contains("..")
                || DOWNLOADABLE.stream().noneMatch(p -> p.matcher(path).matches())) {
            throw ApiException.invalidField("path", "is not a file of this API (an export or an attachment)");
        }
        if (uri.getRawQuery() != null && uri.getRawQuery().matches("(^|.*&)" + QUERY_PARAMETER + "=.*")) {
            throw ApiException.invalidField("path", "already carries a download link");
        }
        Instant expires = Instant.now().plus(LIFESPAN);
        var builder = Jwt.upn(caller.getName())
                .groups(caller.getGroups())
                .audience(AUDIENCE)
                .claim(PATH_CLAIM, path)
                .expiresAt(expires);
        if (caller.getSubject() != null) {
            builder.subject(caller.getSubject());
        }
        for (String name : COPIED_CLAIMS) {
            Object value = caller.getClaim(name);
            if (value instanceof jakarta.json.JsonNumber number) {
                builder.claim(name, number.longValue());
            } else if (value instanceof jakarta.json.JsonString text) {
                builder.claim(name, text.getString());
            } else if (value != null) {
                builder.claim(name, value);
            }
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery() + "&";
        return new DownloadLink(path + "?" + query + QUERY_PARAMETER + "=" + builder.sign(), expires);
    }

    private static URI parse(String path) {
        try {
            URI uri = new URI(path);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                throw ApiException.invalidField("path", "must be a path of this API, without scheme, host or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("path", "is not a valid path");
        }
    }
}
