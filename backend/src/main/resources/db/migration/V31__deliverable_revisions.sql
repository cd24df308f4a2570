-- Every submitted version of a deliverable, as it was submitted (who, when, what).
CREATE TABLE deliverable_revisions (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    deliverable_id BIGINT       NOT NULL,
    revision       INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    body           MEDIUMTEXT,
    fields         JSON,
    late           BOOLEAN      NOT NULL DEFAULT FALSE,
    submitted_by   VARCHAR(100) NOT NULL,
    submitted_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_revisions UNIQUE (deliverable_id, revision),
    CONSTRAINT fk_revisions_deliverable FOREIGN KEY (deliverable_id) REFERENCES deliverables (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
