-- The consensus (合议) committee staff record for a branch whose assessors disagreed; it overrides the aggregate.
CREATE TABLE consensus_results (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id   BIGINT        NOT NULL,
    branch_id     BIGINT        NOT NULL,
    reason        TEXT          NOT NULL,
    participants  VARCHAR(500)  NOT NULL,
    site_visit_id BIGINT,
    recorded_by   VARCHAR(50)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_consensus UNIQUE (campaign_id, branch_id),
    CONSTRAINT fk_consensus_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_consensus_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_consensus_branch ON consensus_results (branch_id);
