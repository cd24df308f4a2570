-- The ranking as it stood when results were finalised: one immutable version per finalise; a reopen supersedes it.
CREATE TABLE result_snapshots (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id            BIGINT        NOT NULL,
    snapshot_version       INT           NOT NULL,
    aggregation_method     VARCHAR(16)   NOT NULL,
    disagreement_threshold DECIMAL(6,1)  NOT NULL,
    scoresheets_counted    INT           NOT NULL,
    finalised_by           VARCHAR(100)  NOT NULL,
    finalised_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    superseded_by          VARCHAR(100),
    superseded_at          TIMESTAMP(3)  NULL,
    superseded_reason      VARCHAR(1000),
    CONSTRAINT uk_result_snapshot UNIQUE (campaign_id, snapshot_version),
    CONSTRAINT fk_result_snapshot_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
