package app.chuangxian.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a send stands. */
@Schema(
        description = "PENDING (waiting for its first try, or for the next after a failure), SENT (the channel took"
                + " it), FAILED (failed on every try; staff may try it again)")
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
