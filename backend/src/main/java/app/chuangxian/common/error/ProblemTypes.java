package app.chuangxian.common.error;

/** Stable problem {@code type} URIs and machine codes; clients key their messages on {@code code}. */
public final class ProblemTypes {
    public static final String BASE = "https://chuangxian.example.org/problems/";
    public static final String VALIDATION = BASE + "validation";
    public static final String BAD_REQUEST = BASE + "bad-request";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String STALE_VERSION = BASE + "stale-version";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String URI_TOO_LONG = BASE + "uri-too-long";
    public static final String INTERNAL = BASE + "internal";

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemTypes() {}
}
