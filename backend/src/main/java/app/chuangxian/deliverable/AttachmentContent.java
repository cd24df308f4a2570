package app.chuangxian.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, loaded only for download. */
@Entity
@Table(name = "attachment_contents")
public class AttachmentContent extends PanacheEntityBase {
    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;
}
