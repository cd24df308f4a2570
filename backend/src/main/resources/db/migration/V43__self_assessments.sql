-- A branch's self-assessment (自评) for a campaign, submitted once; never mixed into the assessors' scores.
CREATE TABLE self_assessments (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    branch_id    BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    total        DECIMAL(7,1) NOT NULL DEFAULT 0,
    submitted_by VARCHAR(50),
    submitted_at TIMESTAMP(3) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_self_assessments UNIQUE (campaign_id, branch_id),
    CONSTRAINT fk_self_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_self_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_self_branch ON self_assessments (branch_id);
