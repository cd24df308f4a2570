-- On-site visits (实地调研) by committee staff to a branch during a campaign.
CREATE TABLE site_visits (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    branch_id   BIGINT        NOT NULL,
    visited_on  DATE          NOT NULL,
    visitors    VARCHAR(500)  NOT NULL,
    findings    TEXT          NOT NULL,
    follow_ups  TEXT,
    recorded_by VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_visits_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_visits_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_visits_campaign_branch ON site_visits (campaign_id, branch_id, visited_on);
CREATE INDEX ix_visits_campaign_date ON site_visits (campaign_id, visited_on);
CREATE INDEX ix_visits_branch ON site_visits (branch_id);
