package app.chuangxian.common.http;

/** Another system did not take a message; the reason goes to the send log and the send is tried again later. */
public class SendFailure extends Exception {
    /** The receiver's HTTP status, when it answered one. */
    private final Integer status;

    public SendFailure(String reason) {
        super(reason);
        this.status = null;
    }

    public SendFailure(String reason, int status) {
        super(reason);
        this.status = status;
    }

    public Integer status() {
        return status;
    }

    public SendFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.status = null;
    }
}
