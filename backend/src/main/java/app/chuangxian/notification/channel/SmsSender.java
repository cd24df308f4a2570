package app.chuangxian.notification.channel;

import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * SMS through the deployment's gateway ({@code SMS_WEBHOOK_URL}): {@code {"mobile": "13800000000", "content": ...}},
 * with the gateway's token as a bearer token. Providers' own APIs sit behind such a gateway.
 */
@ApplicationScoped
public class SmsSender implements MessageSender {
    @Inject
    ChannelSettings settings;

    @Inject
    Webhooks webhooks;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return settings.smsUrl().isPresent();
    }

    @Override
    public void send(Outgoing message) throws SendFailure {
        webhooks.post(
                settings.smsUrl().orElseThrow(),
                Map.of("mobile", message.recipient(), "content", message.subject() + "：" + message.body()),
                settings.smsToken());
    }
}
