-- The audit log: append-only. No API updates or deletes a row; rows are kept at least 180 days
-- (there is no purge job; an operator may archive rows older than the retention period).
CREATE TABLE audit_events (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor          VARCHAR(100)  NOT NULL,
    actor_kind     VARCHAR(10)   NOT NULL,
    account_id     BIGINT        NULL,
    action         VARCHAR(40)   NOT NULL,
    method         VARCHAR(10)   NULL,
    path           VARCHAR(300)  NULL,
    entity_type    VARCHAR(60)   NULL,
    entity_id      VARCHAR(60)   NULL,
    outcome        INT           NOT NULL,
    remote_address VARCHAR(64)   NULL,
    changed_fields VARCHAR(1000) NULL,
    detail         VARCHAR(500)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_actor ON audit_events (actor, occurred_at);
CREATE INDEX ix_audit_events_action ON audit_events (action, occurred_at);
CREATE INDEX ix_audit_events_entity ON audit_events (entity_type, entity_id);
CREATE INDEX ix_audit_events_outcome ON audit_events (outcome, occurred_at);
