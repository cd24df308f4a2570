package app.chuangxian.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the test's SMTP server and webhook receiver got ({@link MessageSinks}), and a way to make a receiver fail. */
public final class Sinks {
    public static final String SMS_TOKEN = "sms-gateway-token";
    public static final String DINGTALK_SECRET = "SECtest0123456789";
    public static final String APP_URL = "https://pingxuan.example.org";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() {};

    private Sinks() {}

    /** Every mail the SMTP server received: to, from, subject, body. */
    public static List<Map<String, String>> mails() {
        return get("/_mails");
    }

    /** Every call the webhook receiver got: path (/sms, /wecom, /dingtalk), query, authorization, body. */
    public static List<Map<String, String>> hooks() {
        return get("/_hooks");
    }

    /** The next {@code times} calls to the receiver ("sms", "wecom", "dingtalk") fail. */
    public static void failNext(String receiver, int times) {
        call("/_fail/" + receiver + "/" + times);
    }

    private static List<Map<String, String>> get(String path) {
        try {
            return JSON.readValue(call(path), LIST);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String call(String path) {
        String sms = ConfigProvider.getConfig().getValue("app.channels.sms-url", String.class);
        URI uri = URI.create(sms.substring(0, sms.length() - "/sms".length()) + path);
        try {
            HttpResponse<String> response =
                    CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
