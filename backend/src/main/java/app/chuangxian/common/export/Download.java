package app.chuangxian.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file handed out: its bytes, media type and names (a Chinese one, and an ASCII one for old clients). */
public record Download(byte[] body, String mediaType, String fileName, String asciiFileName) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    /** RFC 6266 with an RFC 5987 UTF-8 name. */
    public String contentDisposition() {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFileName + "\"; filename*=UTF-8''" + encoded;
    }

    /** The HTTP answer: the bytes as an attachment, never cached (exports hold personal data). */
    public Response response() {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
