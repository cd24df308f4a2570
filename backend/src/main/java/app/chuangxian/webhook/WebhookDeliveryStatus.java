package app.chuangxian.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookDeliveryStatus",
        description = "PENDING: waiting for its (next) try; SENT: the receiver answered 2xx; FAILED: every try failed")
public enum WebhookDeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
