-- Which assessor (考核组成员) scores which branch in a campaign. Never their own branch (checked by the service).
CREATE TABLE assessor_assignments (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    branch_id   BIGINT       NOT NULL,
    assessor_id BIGINT       NOT NULL,
    assigned_by VARCHAR(50)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_assignments UNIQUE (campaign_id, branch_id, assessor_id),
    CONSTRAINT fk_assignments_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_assignments_branch FOREIGN KEY (branch_id) REFERENCES branches (id),
    CONSTRAINT fk_assignments_assessor FOREIGN KEY (assessor_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_assignments_assessor ON assessor_assignments (campaign_id, assessor_id);
