package app.chuangxian.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a deliverable (its bytes are in {@link AttachmentContent}). */
@Entity
@Table(name = "deliverable_attachments")
public class Attachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deliverable_id", nullable = false)
    public Long deliverableId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    /** Detected from the content, never taken from the client. */
    @Column(name = "content_type", nullable = false, length = 120)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
