-- What the ranking needs of a branch's submitted scoresheets, kept in the transaction that changes them (ADR 014):
-- the number of sheets, the spreads that flag disagreement, the total under each aggregation method (rounded to
-- 2 decimals as the ranking shows it) and the consensus total. The row is also the branch's lock while it is kept.
CREATE TABLE branch_score_aggregates (
    campaign_id      BIGINT       NOT NULL,
    branch_id        BIGINT       NOT NULL,
    sheets           INT          NOT NULL DEFAULT 0,
    total_spread     DECIMAL(7,1),
    indicator_spread DECIMAL(6,1),
    mean_total       DECIMAL(9,2),
    median_total     DECIMAL(9,2),
    trimmed_total    DECIMAL(9,2),
    consensus_total  DECIMAL(9,1),
    PRIMARY KEY (campaign_id, branch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_branch_aggregates_mean ON branch_score_aggregates (campaign_id, mean_total);
CREATE INDEX ix_branch_aggregates_median ON branch_score_aggregates (campaign_id, median_total);
CREATE INDEX ix_branch_aggregates_trimmed ON branch_score_aggregates (campaign_id, trimmed_total);
-- Each standard's score of a branch under each aggregation method, and the consensus's score of it.
CREATE TABLE branch_standard_aggregates (
    campaign_id      BIGINT       NOT NULL,
    branch_id        BIGINT       NOT NULL,
    standard_id      BIGINT       NOT NULL,
    mean_points      DECIMAL(9,2),
    median_points    DECIMAL(9,2),
    trimmed_points   DECIMAL(9,2),
    consensus_points DECIMAL(6,1),
    PRIMARY KEY (campaign_id, branch_id, standard_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_standard_aggregates_standard ON branch_standard_aggregates (campaign_id, standard_id, branch_id);
