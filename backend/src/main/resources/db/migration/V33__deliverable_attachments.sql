-- Files attached to deliverables. The bytes live in their own table so that listing never loads them,
-- and in the database so that every API instance can serve them.
CREATE TABLE deliverable_attachments (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    deliverable_id BIGINT       NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(120) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_attachments_deliverable FOREIGN KEY (deliverable_id) REFERENCES deliverables (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_attachments_deliverable ON deliverable_attachments (deliverable_id);

CREATE TABLE attachment_contents (
    attachment_id BIGINT   NOT NULL PRIMARY KEY,
    content       LONGBLOB NOT NULL,
    CONSTRAINT fk_contents_attachment FOREIGN KEY (attachment_id) REFERENCES deliverable_attachments (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
