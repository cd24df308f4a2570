package app.chuangxian.notification.channel;

import app.chuangxian.common.http.SendFailure;
import app.chuangxian.notification.Channel;

/** One channel: sends a message or says why it could not. Each channel has exactly one sender. */
public interface MessageSender {
    Channel channel();

    /** True when the deployment set this channel up (its settings are given). */
    boolean configured();

    void send(Outgoing message) throws SendFailure;
}
