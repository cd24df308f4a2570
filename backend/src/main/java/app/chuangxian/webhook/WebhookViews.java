package app.chuangxian.webhook;

import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.paging.PageResult;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the webhook operations answer. */
public final class WebhookViews {
    private WebhookViews() {}

    @Schema(name = "Webhook", description = "An endpoint of another system that receives the changes of a subtree")
    public record View(
            @Schema(example = "3") long id,

            @Schema(example = "https://portal.example.org/hooks/chuangxian")
            String url,

            @Schema(nullable = true, example = "省委会门户网站同步") String description,
            List<ChangedRecord> events,
            boolean enabled,

            @Schema(description = "The organisation whose subtree's changes it receives", example = "1")
            long organisationId,

            @Schema(nullable = true, example = "admin") String createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Schema(example = "0") long version) {
        static View of(Webhook w) {
            return new View(
                    w.id,
                    w.url,
                    w.description,
                    w.events(),
                    w.enabled,
                    w.organisationId,
                    w.createdBy,
                    w.createdAt,
                    w.updatedAt,
                    w.version);
        }
    }

    @Schema(
            name = "WebhookSecret",
            description = "The endpoint with the secret its deliveries are signed with; shown only here, keep it safe")
    public record WithSecret(
            View webhook,

            @Schema(
                    description = "whsec_ and the base64 of the signing key (Standard Webhooks)",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {}

    @Schema(name = "WebhookPage", description = "A page of webhooks")
    public static class Page extends PageResult<View> {
        Page(PageResult<View> page) {
            super(page);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One change sent (or being sent) to one webhook")
    public record Delivery(
            @Schema(example = "41") long id,
            @Schema(example = "3") long webhookId,

            @Schema(description = "The change's sequence in the change feed", example = "1042")
            long changeId,

            @Schema(description = "The event's type: the record's kind and what happened", example = "branch.created")
            String type,

            WebhookDeliveryStatus status,

            @Schema(description = "How many times it was tried", example = "1")
            int attempts,

            @Schema(nullable = true, description = "The HTTP status of the receiver's last answer", example = "200")
            Integer responseStatus,

            @Schema(nullable = true, description = "Why the last try failed", example = "HTTP 503")
            String lastError,

            @Schema(nullable = true, description = "When it is tried next (PENDING only)")
            Instant nextAttemptAt,

            Instant createdAt,
            @Schema(nullable = true) Instant sentAt) {}

    @Schema(name = "WebhookDeliveryPage", description = "A page of a webhook's delivery log, newest first")
    public static class DeliveryPage extends PageResult<Delivery> {
        DeliveryPage(PageResult<Delivery> page) {
            super(page);
        }
    }
}
