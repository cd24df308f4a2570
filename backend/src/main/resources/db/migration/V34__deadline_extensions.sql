-- A later deadline granted to one branch for one phase (the phase end date is the default deadline).
CREATE TABLE deadline_extensions (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    phase_id    BIGINT       NOT NULL,
    branch_id   BIGINT       NOT NULL,
    deadline    DATE         NOT NULL,
    reason      VARCHAR(500),
    granted_by  VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_extensions UNIQUE (phase_id, branch_id),
    CONSTRAINT fk_extensions_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_extensions_phase FOREIGN KEY (phase_id) REFERENCES campaign_phases (id),
    CONSTRAINT fk_extensions_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_extensions_campaign_branch ON deadline_extensions (campaign_id, branch_id);
