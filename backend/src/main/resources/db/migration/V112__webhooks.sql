-- Webhooks (docs/api.md): endpoints of other systems that receive the changes of the change feed as they happen.

-- A change is handed to the webhooks once: null until the webhook job has done so. Those stored so far are done.
ALTER TABLE changes ADD COLUMN dispatched_at TIMESTAMP(3) NULL;
UPDATE changes SET dispatched_at = occurred_at;
CREATE INDEX ix_changes_dispatch ON changes (dispatched_at, id);

-- An endpoint registered by an organisation's staff: it receives the changes of that organisation's subtree, of the
-- kinds of record it names (events: a comma list of BRANCH, CAMPAIGN, DELIVERABLE, RESULTS), signed with its secret.
CREATE TABLE webhooks (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    url             VARCHAR(500) NOT NULL,
    description     VARCHAR(200) NULL,
    events          VARCHAR(100) NOT NULL,
    secret          VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by      VARCHAR(100) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_webhooks_organisation ON webhooks (organisation_id);

-- The delivery log: one row per change and webhook, with its status, tries and the receiver's last answer.
CREATE TABLE webhook_deliveries (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    webhook_id      BIGINT       NOT NULL,
    change_id       BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NULL,
    response_status INT          NULL,
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    sent_at         TIMESTAMP(3) NULL,
    CONSTRAINT uq_webhook_deliveries UNIQUE (webhook_id, change_id),
    CONSTRAINT fk_webhook_deliveries_webhook FOREIGN KEY (webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);

INSERT INTO job_leases (name, holder, lease_until) VALUES ('webhooks', NULL, TIMESTAMP '2000-01-01 00:00:00');
