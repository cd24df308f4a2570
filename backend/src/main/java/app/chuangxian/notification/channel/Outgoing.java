package app.chuangxian.notification.channel;

/** One message on its way: the address (an e-mail address or a phone number) and the words. */
public record Outgoing(String recipient, String subject, String body) {}
