-- The change feed (docs/api.md): one row per change an integrator syncs, written in the transaction of the change.
-- The id is the feed's position; organisation_id is the organisation the record belongs to, so that a caller reads
-- the changes of its own subtree.
CREATE TABLE changes (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     TIMESTAMP(3) NOT NULL,
    resource        VARCHAR(20)  NOT NULL,
    resource_id     BIGINT       NOT NULL,
    operation       VARCHAR(10)  NOT NULL,
    status          VARCHAR(30)  NULL,
    campaign_id     BIGINT       NULL,
    branch_id       BIGINT       NULL,
    organisation_id BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_changes_organisation ON changes (organisation_id, id);
