package app.chuangxian.deliverable;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.http.Uploads;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Attachments: checked from their content, stored in the database, served with the deliverable's access. */
@ApplicationScoped
public class AttachmentService {
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    @Inject
    DeliverableService deliverables;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CurrentUser user;

    @Inject
    AttachmentSettings limits;

    /** A stored file to send. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** The stored attachment, and whether it replays an earlier request with the same Idempotency-Key. */
    public record Stored(DeliverableViews.Uploaded uploaded, boolean replayed) {}

    /**
     * Reads and checks the file (size, kind, archive limits) before any transaction opens; then stores it in a short
     * one that locks the deliverable and counts its files.
     */
    public Stored upload(long campaignId, long id, FileUpload file, Long version, String idempotencyKey) {
        Uploads.requirePart(file);
        if (file.size() > limits.maxFileBytes()) {
            throw new ApiException(
                    413,
                    ProblemTypes.PAYLOAD_TOO_LARGE,
                    "File too large",
                    "FILE_TOO_LARGE",
                    "A file may be at most " + (limits.maxFileBytes() / (1024 * 1024)) + " MB; this one is "
                            + (file.size() / 1024) + " KB",
                    null);
        }
        byte[] content = Uploads.bytes(file);
        if (content.length == 0) {
            throw ApiException.invalidField("file", "is empty");
        }
        FileKind kind = FileKind.detect(content, file.fileName())
                .orElseThrow(() -> new ApiException(
                        415,
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                        "Unsupported file type",
                        "UNSUPPORTED_FILE_TYPE",
                        "Only PDF, Word, Excel, PowerPoint, JPEG, PNG and HEIC files are accepted; the content of '"
                                + file.fileName() + "' is none of these",
                        null));
        return QuarkusTransaction.requiringNew()
                .call(() -> store(campaignId, id, file.fileName(), content, kind, version, idempotencyKey));
    }

    private Stored store(
            long campaignId,
            long id,
            String fileName,
            byte[] content,
            FileKind kind,
            Long version,
            String idempotencyKey) {
        String sha = IdempotencyStore.sha256(content);
        String fingerprint = "upload|" + campaignId + "|" + id + "|" + fileName + "|" + sha;
        Optional<IdempotencyKey> earlier = idempotency.replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            Attachment a = Attachment.findById(earlier.get().resourceId);
            Deliverable d = deliverables.visible(campaignId, id);
            if (a == null) {
                throw ApiException.conflict(
                        "ATTACHMENT_DELETED", "The file uploaded with this key has since been deleted");
            }
            return new Stored(new DeliverableViews.Uploaded(DeliverableViews.AttachmentView.of(a), d.version), true);
        }
        Deliverable d = deliverables.editableByBranch(
                campaignId, id, version == null ? currentVersion(campaignId, id) : version);
        // Serialises uploads to one deliverable (the file count) and moves its version on
        Deliverable.getEntityManager().lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (Attachment.count("deliverableId", d.id) >= limits.maxFiles()) {
            throw ApiException.conflict(
                    "TOO_MANY_ATTACHMENTS",
                    "A deliverable may have at most " + limits.maxFiles() + " files; delete one first");
        }
        Attachment a = new Attachment();
        a.deliverableId = d.id;
        a.fileName = FileNames.sanitise(fileName, kind);
        a.contentType = kind.contentType;
        a.sizeBytes = content.length;
        a.sha256 = sha;
        a.uploadedBy = user.username();
        a.uploadedAt = Instant.now();
        a.persist();
        AttachmentContent stored = new AttachmentContent();
        stored.attachmentId = a.id;
        stored.content = content;
        stored.persist();
        flushContent();
        idempotency.remember(idempotencyKey, fingerprint, 201, a.id);
        return new Stored(new DeliverableViews.Uploaded(DeliverableViews.AttachmentView.of(a), d.version), false);
    }

    public Download download(long campaignId, long id, long attachmentId) {
        Attachment a = attachment(deliverables.visible(campaignId, id), attachmentId);
        AttachmentContent content = AttachmentContent.findById(a.id);
        return new Download(a.fileName, a.contentType, content.content);
    }

    /** A photo's thumbnail and its tag; the tag is known before anything is decoded (content never changes for an id). */
    public record Thumbnail(String etag, java.util.function.Supplier<byte[]> jpeg) {}

    /**
     * The thumbnail of a JPEG or PNG attachment, with the attachment's access; any other file, an unreadable picture or
     * one too large to shrink is a 404 with code NO_THUMBNAIL (the file itself can still be downloaded).
     */
    public Thumbnail thumbnail(long campaignId, long id, long attachmentId) {
        Attachment a = attachment(deliverables.visible(campaignId, id), attachmentId);
        if (!Thumbnails.SOURCES.contains(a.contentType)) {
            throw noThumbnail(attachmentId, "it is not a JPEG or PNG photo");
        }
        String etag = "t" + Thumbnails.BOX + "-" + a.sha256;
        return new Thumbnail(etag, () -> {
            AttachmentContent content = AttachmentContent.findById(a.id);
            try {
                return Thumbnails.jpeg(content.content);
            } catch (Thumbnails.Refused e) {
                throw noThumbnail(attachmentId, e.getMessage());
            }
        });
    }

    private static ApiException noThumbnail(long attachmentId, String reason) {
        return new ApiException(
                404,
                ProblemTypes.NOT_FOUND,
                "No thumbnail",
                "NO_THUMBNAIL",
                "Attachment " + attachmentId + " has no thumbnail: " + reason + "; download the file instead",
                null);
    }

    @Transactional
    public void delete(long campaignId, long id, long attachmentId, Long version) {
        // a file that is not there is a 404 whatever the state of the deliverable
        Attachment a = attachment(deliverables.visible(campaignId, id), attachmentId);
        Deliverable d = deliverables.editableByBranch(campaignId, id, version);
        AttachmentContent.deleteById(a.id);
        a.delete();
        Deliverable.getEntityManager().lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Deliverable.getEntityManager().flush();
    }

    /** The database server limits one statement (max_allowed_packet); a file above it is the client's 413, not a 500. */
    private void flushContent() {
        try {
            Deliverable.getEntityManager().flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                if (t.getClass().getSimpleName().contains("PacketTooBig") || message.contains("max_allowed_packet")) {
                    LOG.warnf(
                            "Attachment of %d bytes refused by the database: raise max_allowed_packet above"
                                    + " app.attachments.max-file-bytes",
                            limits.maxFileBytes());
                    throw new ApiException(
                            413,
                            ProblemTypes.PAYLOAD_TOO_LARGE,
                            "File too large",
                            "FILE_TOO_LARGE",
                            "The file is larger than the server can store",
                            null);
                }
            }
            throw e;
        }
    }

    private Long currentVersion(long campaignId, long id) {
        return deliverables.visible(campaignId, id).version;
    }

    private static Attachment attachment(Deliverable d, long attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.deliverableId.equals(d.id)) {
            throw ApiException.notFound("Attachment", attachmentId);
        }
        return a;
    }
}
