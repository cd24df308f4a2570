package app.chuangxian.notification.channel;

import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 企业微信 group robot ({@code WECOM_ROBOT_URL}): a text message that mentions the recipient by phone
 * ({@code mentioned_mobile_list}), as the robot's documentation gives it; {@code errcode} 0 is success.
 */
@ApplicationScoped
public class WeComSender implements MessageSender {
    @Inject
    ChannelSettings settings;

    @Inject
    Webhooks webhooks;

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public boolean configured() {
        return settings.wecomUrl().isPresent();
    }

    @Override
    public void send(Outgoing message) throws SendFailure {
        Map<String, Object> text = Map.of(
                "content",
                message.subject() + "\n" + message.body(),
                "mentioned_mobile_list",
                List.of(message.recipient()));
        webhooks.robotAccepted(webhooks.post(
                settings.wecomUrl().orElseThrow(), Map.of("msgtype", "text", "text", text), Optional.empty()));
    }
}
