package app.chuangxian.notification;

import app.chuangxian.common.paging.PageResult;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the send log answers. */
public final class DeliveryViews {
    private DeliveryViews() {}

    @Schema(name = "Delivery", description = "One message sent (or being sent) on one channel: a row of the send log")
    public record View(
            @Schema(example = "12") long id,

            @Schema(nullable = true, description = "The message in the recipient's message centre; null once removed")
            Long notificationId,

            @Schema(example = "7") long accountId,
            @Schema(example = "第一支部 张主任") String accountName,
            Channel channel,

            @Schema(description = "The kind of message, which names its template")
            NotificationKind kind,

            @Schema(enumeration = {"zh-CN", "en"}) String locale,

            @Schema(description = "The address it went to, masked", example = "138****5678")
            String recipient,

            DeliveryStatus status,

            @Schema(description = "How many times it was tried", example = "1")
            int attempts,

            @Schema(nullable = true, description = "When it is tried next (PENDING only)")
            Instant nextAttemptAt,

            @Schema(nullable = true, description = "Why the last try failed", example = "HTTP 502 from sms.example.org")
            String lastError,

            Instant createdAt,
            @Schema(nullable = true) Instant sentAt) {}

    @Schema(name = "DeliveryPage", description = "A page of the send log, newest first")
    public static class Page extends PageResult<View> {
        Page(PageResult<View> page) {
            super(page);
        }
    }
}
