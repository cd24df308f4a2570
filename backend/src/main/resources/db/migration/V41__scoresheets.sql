-- An assessor's scoresheet for one branch: a DRAFT until SUBMITTED; total is the sum of its scores.
CREATE TABLE scoresheets (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    branch_id    BIGINT       NOT NULL,
    assessor_id  BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    total        DECIMAL(7,1) NOT NULL DEFAULT 0,
    submitted_at TIMESTAMP(3) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_scoresheets UNIQUE (campaign_id, branch_id, assessor_id),
    CONSTRAINT fk_scoresheets_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_scoresheets_branch FOREIGN KEY (branch_id) REFERENCES branches (id),
    CONSTRAINT fk_scoresheets_assessor FOREIGN KEY (assessor_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_scoresheets_status ON scoresheets (campaign_id, status, branch_id, total);
CREATE INDEX ix_scoresheets_assessor ON scoresheets (campaign_id, assessor_id, status);
