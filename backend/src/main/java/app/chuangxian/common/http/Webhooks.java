package app.chuangxian.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts JSON to another system and reads its answer: the one HTTP client of the SMS gateway, the group robots and the
 * webhooks. A send
 * that takes longer than ten seconds, answers other than 2xx, or (for the robots) answers a non-zero {@code errcode}
 * has failed.
 */
@ApplicationScoped
public class Webhooks {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    ObjectMapper json;

    /** Posts the body; answers the response's JSON (an empty object when it sent none). */
    public JsonNode post(URI url, Object body, Optional<String> bearer) throws SendFailure {
        Map<String, String> headers = new LinkedHashMap<>();
        bearer.filter(t -> !t.isBlank()).ifPresent(t -> headers.put("Authorization", "Bearer " + t));
        String text;
        try {
            text = post(url, json.writeValueAsString(body), headers).body();
            return text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw new SendFailure(url.getHost() + ": " + reason(e), e);
        }
    }

    /**
     * Posts a body already written (a signature covers its exact bytes) with the headers given; answers the response,
     * or fails with the HTTP status when it is not 2xx.
     */
    public HttpResponse<String> post(URI url, String body, Map<String, String> headers) throws SendFailure {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new SendFailure(
                        "HTTP " + response.statusCode() + " from " + url.getHost(), response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new SendFailure(url.getHost() + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("interrupted", e);
        }
    }

    /** A group robot's answer: {@code errcode} 0 is taken, anything else is the robot's refusal. */
    public void robotAccepted(JsonNode answer) throws SendFailure {
        JsonNode code = answer.path("errcode");
        if (!code.isMissingNode() && code.asInt(-1) != 0) {
            throw new SendFailure(
                    "errcode " + code.asText() + ": " + answer.path("errmsg").asText(""));
        }
    }

    /** A failure's message, or its type when it has none. */
    public static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
