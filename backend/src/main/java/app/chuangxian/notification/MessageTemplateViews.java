package app.chuangxian.notification;

import app.chuangxian.common.paging.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the message templates answer and take. */
public final class MessageTemplateViews {
    private MessageTemplateViews() {}

    @Schema(
            name = "MessageTemplate",
            description = "How one kind of message is worded in one language outside the app (e-mail, SMS, robots)")
    public record View(
            NotificationKind kind,

            @Schema(
                    enumeration = {"zh-CN", "en"},
                    example = "zh-CN")
            String locale,

            @Schema(example = "材料退回：{title}") String subject,

            @Schema(example = "{name}，您提交的《{title}》已退回修改，原因：{reason}。{link}")
            String body,

            @Schema(
                    description = "The placeholders this kind may use, without braces",
                    example = "[\"title\", \"name\"]")
            List<String> placeholders,

            @Schema(description = "True when staff reworded it; false while it is the wording the API ships with")
            boolean customised,

            @Schema(nullable = true, description = "The version to send with a change; null while not customised")
            Long version,

            @Schema(nullable = true) Instant updatedAt,

            @Schema(nullable = true, description = "Who last reworded it")
            String updatedBy) {}

    @Schema(name = "MessageTemplatePage", description = "A page of message templates, by kind and language")
    public static class Page extends PageResult<View> {
        Page(PageResult<View> page) {
            super(page);
        }
    }

    @Schema(name = "MessageTemplateRequest", description = "A new wording; placeholders are checked against the kind's")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "材料退回：{title}")
            String subject,

            @NotBlank @Size(max = 2000) @Schema(example = "{name}，《{title}》已退回：{reason}。{link}")
            String body,

            @Schema(
                    nullable = true,
                    description = "The version read; null to reword one still as shipped",
                    example = "0")
            Long version) {}
}
