package app.chuangxian.notification.channel;

import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 钉钉 group robot ({@code DINGTALK_ROBOT_URL}): a text message that mentions the recipient by phone ({@code at.
 * atMobiles}, with {@code @phone} in the text so that it shows), signed when the robot has a secret (加签: timestamp
 * and HmacSHA256 of "timestamp\nsecret", Base64, added to the address); {@code errcode} 0 is success.
 */
@ApplicationScoped
public class DingTalkSender implements MessageSender {
    @Inject
    ChannelSettings settings;

    @Inject
    Webhooks webhooks;

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    public boolean configured() {
        return settings.dingtalkUrl().isPresent();
    }

    @Override
    public void send(Outgoing message) throws SendFailure {
        Map<String, Object> body = Map.of(
                "msgtype",
                "text",
                "text",
                Map.of("content", message.subject() + "\n" + message.body() + "\n@" + message.recipient()),
                "at",
                Map.of("atMobiles", List.of(message.recipient()), "isAtAll", false));
        webhooks.robotAccepted(webhooks.post(signed(settings.dingtalkUrl().orElseThrow()), body, Optional.empty()));
    }

    private URI signed(URI url) throws SendFailure {
        Optional<String> secret = settings.dingtalkSecret().filter(s -> !s.isBlank());
        if (secret.isEmpty()) {
            return url;
        }
        String timestamp = Long.toString(System.currentTimeMillis());
        String sign = URLEncoder.encode(sign(timestamp, secret.get()), StandardCharsets.UTF_8);
        String join = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + join + "timestamp=" + timestamp + "&sign=" + sign);
    }

    /** Base64 of HmacSHA256, keyed with the secret, of "timestamp\nsecret". */
    static String sign(String timestamp, String secret) throws SendFailure {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new SendFailure("signing: " + Webhooks.reason(e), e);
        }
    }
}
