package app.chuangxian.notification.channel;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/**
 * Where messages leave the API (README, "Messages by e-mail, SMS and robots"): a channel is on when its setting is
 * given, and off otherwise. E-mail is on with {@code MAIL_HOST} (the rest of SMTP is quarkus-mailer's); the robots and
 * the SMS gateway with their webhook addresses.
 */
@ConfigMapping(prefix = "app.channels")
public interface ChannelSettings {
    /** The SMTP server; e-mail is off without it. */
    Optional<String> mailHost();

    /** An SMS gateway taking {@code {"mobile": ..., "content": ...}}; SMS is off without it. */
    Optional<URI> smsUrl();

    /** Sent as {@code Authorization: Bearer ...} to the SMS gateway, when given. */
    Optional<String> smsToken();

    /** A 企业微信 group robot's webhook (…/cgi-bin/webhook/send?key=…); WECOM is off without it. */
    Optional<URI> wecomUrl();

    /** A 钉钉 group robot's webhook (…/robot/send?access_token=…); DINGTALK is off without it. */
    Optional<URI> dingtalkUrl();

    /** The robot's signing secret (加签), when the robot has one. */
    Optional<String> dingtalkSecret();

    /** Where the app is, for the link at the end of each message; no link without it. */
    Optional<URI> appUrl();
}
