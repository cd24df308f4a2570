package app.chuangxian.deliverable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to draft, edit and review deliverables. */
public final class DeliverableRequests {
    private DeliverableRequests() {}

    @Schema(name = "NewDeliverable", description = "A new draft of the caller's branch")
    public record Draft(
            @NotNull @Schema(description = "The deliverable type", example = "3")
            Long typeId,

            @NotBlank @Size(max = 200) @Schema(example = "民进文水县支部争创活动实施方案")
            String title,

            @Size(max = 50000) @Schema(description = "Markdown; rendered without raw HTML")
            String body,

            @Schema(description = "Values of the type's structured fields by key")
            Map<String, Object> fields) {}

    @Schema(name = "DeliverableEdit", description = "The new content of a draft or returned deliverable")
    public record Edit(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 50000) String body,
            Map<String, Object> fields,

            @NotNull @Schema(description = "The version you read", example = "2")
            Long version) {}

    @Schema(name = "SubmitDeliverable", description = "Hand the deliverable in for review")
    public record Submit(
            @NotNull @Schema(example = "2") Long version,

            @Size(max = 50)
            @Schema(
                    description = "Ids of fix-list items this submission also marks addressed "
                            + "(items can instead be ticked one by one, each with a note)")
            List<@NotNull Long> addressedFixItems,

            @Valid
            @Schema(
                    description = "Content not yet saved: it is saved and submitted in one step, or neither happens "
                            + "(a phone on a weak connection makes one request instead of two)")
            Content changes) {}

    @Schema(name = "DeliverableContent", description = "The content of a deliverable, saved as part of a submit")
    public record Content(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 50000) String body,
            Map<String, Object> fields) {}

    @Schema(name = "ReturnDeliverable", description = "Send a submission back with the reason and what to fix")
    public record Return(
            @NotNull @Schema(example = "3") Long version,

            @NotBlank @Size(max = 2000) @Schema(example = "实施方案缺少具体时间安排")
            String reason,

            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> fixItems) {}

    @Schema(name = "FixItemUpdate", description = "Mark a fix-list item addressed or not, with what was changed")
    public record FixItemUpdate(
            @NotNull Boolean addressed,

            @Size(max = 1000)
            @Schema(
                    description = "What the branch changed for this item; kept when omitted",
                    example = "已补充十一月至十二月的时间安排")
            String note,

            @NotNull @Schema(example = "0") Long version) {}
}
