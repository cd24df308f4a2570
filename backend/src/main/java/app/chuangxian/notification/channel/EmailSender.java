package app.chuangxian.notification.channel;

import app.chuangxian.common.http.SendFailure;
import app.chuangxian.common.http.Webhooks;
import app.chuangxian.notification.Channel;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** E-mail through quarkus-mailer, to the SMTP server of {@code MAIL_HOST} (MAIL_* settings). */
@ApplicationScoped
public class EmailSender implements MessageSender {
    @Inject
    ChannelSettings settings;

    @Inject
    Mailer mailer;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return settings.mailHost().filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(Outgoing message) throws SendFailure {
        try {
            mailer.send(Mail.withText(message.recipient(), message.subject(), message.body()));
        } catch (RuntimeException e) {
            throw new SendFailure("SMTP: " + Webhooks.reason(e), e);
        }
    }
}
