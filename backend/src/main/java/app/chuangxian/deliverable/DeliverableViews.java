package app.chuangxian.deliverable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients read about deliverables. */
public final class DeliverableViews {
    private DeliverableViews() {}

    @Schema(name = "Deliverable", description = "A branch's submission of one deliverable type")
    public record Full(
            long id,
            long campaignId,
            long phaseId,
            long typeId,
            @Schema(example = "实施方案") String typeName,
            long branchId,
            @Schema(example = "民进文水县支部") String branchName,
            String title,
            @Schema(description = "Markdown") String body,
            Map<String, Object> fields,
            DeliverableStatus status,

            @Schema(description = "The latest submission came after the deadline")
            boolean late,

            @Schema(description = "The branch's deadline for the phase (extension or phase end)")
            LocalDate deadline,

            @Schema(description = "Number of submissions so far")
            int revision,

            @Schema(nullable = true) Instant submittedAt,
            @Schema(nullable = true) String submittedBy,
            @Schema(nullable = true) Instant reviewedAt,
            @Schema(nullable = true) String reviewedBy,

            @Schema(nullable = true, description = "Why it was last returned")
            String returnReason,

            @Schema(description = "The fix list of the last return")
            List<FixItemView> fixItems,

            List<AttachmentView> attachments,

            @Schema(description = "Optimistic-lock version; send it back on every write")
            long version,

            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "DeliverableSummary", description = "A deliverable in a list")
    public record Summary(
            long id,
            long phaseId,
            long typeId,
            String typeName,
            long branchId,
            String branchName,
            String title,
            DeliverableStatus status,
            boolean late,
            int revision,
            @Schema(nullable = true) Instant submittedAt,
            long version,
            Instant updatedAt,

            @Schema(nullable = true, description = "Why it was last returned (shown while it is returned)")
            String returnReason) {}

    @Schema(name = "FixItem", description = "One item of a reviewer's fix list")
    public record FixItemView(
            long id,
            int revision,
            int seq,
            String description,
            boolean addressed,

            @Schema(nullable = true, description = "What the branch says it changed", example = "已补充十一月至十二月的时间安排")
            String note,

            @Schema(nullable = true) String addressedBy,
            @Schema(nullable = true) Instant addressedAt,
            long version) {
        static FixItemView of(FixItem f) {
            return new FixItemView(
                    f.id,
                    f.revision,
                    f.seq,
                    f.description,
                    f.addressed,
                    f.note,
                    f.addressedBy,
                    f.addressedAt,
                    f.version);
        }
    }

    @Schema(name = "Attachment", description = "A file attached to a deliverable")
    public record AttachmentView(
            long id,
            @Schema(example = "实施方案.pdf") String fileName,
            @Schema(example = "application/pdf") String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(
                    a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    @Schema(name = "DeliverableRevision", description = "A deliverable as it was submitted")
    public record RevisionView(
            int revision,
            String title,
            String body,
            Map<String, Object> fields,
            boolean late,
            String submittedBy,
            Instant submittedAt) {
        static RevisionView of(DeliverableRevision r) {
            return new RevisionView(r.revision, r.title, r.body, r.fields, r.late, r.submittedBy, r.submittedAt);
        }
    }

    @Schema(name = "UploadedAttachment", description = "The stored attachment and the deliverable's new version")
    public record Uploaded(AttachmentView attachment, long deliverableVersion) {}
}
