-- The itemised list of what to fix that a reviewer gives when returning a deliverable.
CREATE TABLE deliverable_fix_items (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    deliverable_id   BIGINT       NOT NULL,
    revision         INT          NOT NULL,
    seq              INT          NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    addressed        BOOLEAN      NOT NULL DEFAULT FALSE,
    addressed_by     VARCHAR(100),
    addressed_at     TIMESTAMP(3) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_fix_items_deliverable FOREIGN KEY (deliverable_id) REFERENCES deliverables (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fix_items_deliverable ON deliverable_fix_items (deliverable_id, revision, seq);
