package app.chuangxian.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A way a message reaches a person besides the message centre, which every account has. */
@Schema(
        description = "EMAIL (to the account's e-mail address), SMS (to its phone), WECOM (企业微信 group robot, "
                + "mentioning its phone), DINGTALK (钉钉 group robot, mentioning its phone)")
public enum Channel {
    EMAIL(Address.EMAIL),
    SMS(Address.PHONE),
    WECOM(Address.PHONE),
    DINGTALK(Address.PHONE);

    /** What of the account a channel sends to. */
    public enum Address {
        EMAIL,
        PHONE
    }

    private final Address address;

    Channel(Address address) {
        this.address = address;
    }

    public Address address() {
        return address;
    }
}
