-- A branch's submission of one deliverable type (实施方案, 活动记录, 活动总结 ...), with its review state.
CREATE TABLE deliverables (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    phase_id        BIGINT       NOT NULL,
    type_id         BIGINT       NOT NULL,
    branch_id       BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            MEDIUMTEXT,
    fields          JSON,
    status          VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    late            BOOLEAN      NOT NULL DEFAULT FALSE,
    revision        INT          NOT NULL DEFAULT 0,
    returned_revision INT,
    return_reason   TEXT,
    submitted_at    TIMESTAMP(3) NULL,
    submitted_by    VARCHAR(100),
    reviewed_at     TIMESTAMP(3) NULL,
    reviewed_by     VARCHAR(100),
    created_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_deliverables_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_deliverables_phase FOREIGN KEY (phase_id) REFERENCES campaign_phases (id),
    CONSTRAINT fk_deliverables_type FOREIGN KEY (type_id) REFERENCES deliverable_types (id),
    CONSTRAINT fk_deliverables_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deliverables_campaign_branch ON deliverables (campaign_id, branch_id, type_id);
CREATE INDEX ix_deliverables_campaign_phase ON deliverables (campaign_id, phase_id);
CREATE INDEX ix_deliverables_campaign_status ON deliverables (campaign_id, status);
CREATE INDEX ix_deliverables_type_branch ON deliverables (type_id, branch_id, status);
CREATE INDEX ix_deliverables_branch ON deliverables (branch_id);
