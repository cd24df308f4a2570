package app.chuangxian.notification;

import app.chuangxian.common.paging.PageResult;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the message centre answers. */
public final class NotificationViews {
    private NotificationViews() {}

    @Schema(name = "Notification", description = "A message to the caller about something that happened")
    public record Item(
            @Schema(example = "41") long id,
            NotificationKind kind,

            @Schema(nullable = true, description = "The campaign it belongs to, if any", example = "2")
            Long campaignId,

            @Schema(
                    nullable = true,
                    description = "The record it is about: the deliverable (DELIVERABLE_*), the phase "
                            + "(DEADLINE_EXTENDED, DEADLINE_REMINDER, DEADLINE_OVERDUE, PHASE_OPENED), the assessed branch (ASSIGNMENT_MADE of one branch), the feedback report "
                            + "(FEEDBACK_RELEASED); null otherwise",
                    example = "17")
            Long subjectId,

            @Schema(
                    description =
                            "What the message names, by kind: title, reason and items (DELIVERABLE_RETURNED), title "
                                    + "(DELIVERABLE_ACCEPTED), phase and until (DEADLINE_EXTENDED), campaign, phase, deadline, daysLeft"
                                    + " and owed (DEADLINE_REMINDER, DEADLINE_OVERDUE), campaign, phase, from and until"
                                    + " (PHASE_OPENED), campaign, branches and owed (OVERDUE_DIGEST), count (ASSIGNMENT_MADE), "
                                    + "campaign (RESULTS_PUBLISHED, COMMENDATION_PUBLISHED), minutes (ACCOUNT_LOCKED)",
                    example = "{\"title\": \"实施方案\", \"reason\": \"缺少时间安排\"}")
            Map<String, String> params,

            Instant createdAt,

            @Schema(nullable = true, description = "When the caller read it; null while unread")
            Instant readAt) {}

    @Schema(name = "NotificationPage", description = "A page of the caller's messages, newest first")
    public static class Page extends PageResult<Item> {
        @Schema(description = "How many of all the caller's messages are unread", example = "3", required = true)
        public final long unread;

        Page(PageResult<Item> page, long unread) {
            super(page);
            this.unread = unread;
        }
    }

    @Schema(name = "NotificationsMarked", description = "How many messages were marked read")
    public record Marked(@Schema(example = "3") int marked) {}
}
