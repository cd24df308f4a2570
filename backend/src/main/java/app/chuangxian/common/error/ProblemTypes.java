package app.chuangxian.common.error;

/**
 * Stable problem {@code type} URIs; clients key their messages on {@code code}. Each type is a relative reference to
 * the page this API serves about it ({@link ProblemPages}), so it resolves against whichever address the API has.
 */
public final class ProblemTypes {
    public static final String BASE = "/api/problems/";
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
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String PDF_FONT_MISSING = BASE + "pdf-font-missing";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";

    /** Each type's page: its status, title and what it means. */
    public static final java.util.Map<String, String[]> PAGES = java.util.Map.ofEntries(
            java.util.Map.entry("validation", new String[] {
                "400",
                "Validation failed",
                "One or more fields of the request are invalid; fieldErrors names each with a machine code."
            }),
            java.util.Map.entry("bad-request", new String[] {
                "400",
                "Bad request",
                "The request cannot be read: malformed JSON, a parameter of the wrong type, or a state rule of the request."
            }),
            java.util.Map.entry("unauthorized", new String[] {
                "401",
                "Unauthorized",
                "Sign in (or get a client token) and send it as a Bearer token; the token sent is missing, invalid or expired."
            }),
            java.util.Map.entry("forbidden", new String[] {
                "403",
                "Forbidden",
                "The caller is signed in but its role, scopes or restriction do not allow this operation."
            }),
            java.util.Map.entry("not-found", new String[] {
                "404",
                "Not found",
                "No such record, or one the caller may not see (another branch's records answer 404, never 403)."
            }),
            java.util.Map.entry(
                    "method-not-allowed",
                    new String[] {"405", "Method not allowed", "The path exists but does not take this HTTP method."}),
            java.util.Map.entry("not-acceptable", new String[] {
                "406", "Not acceptable", "The Accept header allows no media type the operation produces."
            }),
            java.util.Map.entry("conflict", new String[] {
                "409",
                "Conflict",
                "The request conflicts with the state of a record: a duplicate, a record in use, or a step its state does not allow."
            }),
            java.util.Map.entry("stale-version", new String[] {
                "409",
                "Stale version",
                "The record changed since the version sent; read it again and apply the change to the new version."
            }),
            java.util.Map.entry("payload-too-large", new String[] {
                "413", "Payload too large", "The request body or an uploaded file is over its limit."
            }),
            java.util.Map.entry("uri-too-long", new String[] {
                "414", "URI too long", "The address with its query is too long; send long filters in a body."
            }),
            java.util.Map.entry("unsupported-media-type", new String[] {
                "415",
                "Unsupported media type",
                "The body's Content-Type, or an uploaded file's content, is not one the operation accepts."
            }),
            java.util.Map.entry("too-many-requests", new String[] {
                "429", "Too many requests", "Too many attempts; wait the seconds of the Retry-After header."
            }),
            java.util.Map.entry("internal", new String[] {
                "500",
                "Internal error",
                "An unexpected failure on the server; nothing was saved. Quote the time of the request when reporting it."
            }),
            java.util.Map.entry("service-unavailable", new String[] {
                "503",
                "Service unavailable",
                "The service is starting, stopping or overloaded; retry after the seconds of the Retry-After header."
            }),
            java.util.Map.entry("pdf-font-missing", new String[] {
                "503",
                "PDF documents unavailable",
                "The server lacks the CJK font PDF documents need; an operator must install it."
            }));

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemTypes() {}
}
