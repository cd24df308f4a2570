package app.chuangxian.notification.channel;

/** A channel did not take a message; the reason goes to the send log and the send is tried again later. */
public class SendFailure extends Exception {
    public SendFailure(String reason) {
        super(reason);
    }

    public SendFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
