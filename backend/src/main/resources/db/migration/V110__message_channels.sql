-- Messages beyond the app (ADR 019): each account chooses the channels that carry its messages besides the message
-- centre, in the language it reads; staff may reword each kind of message; every send is logged and retried.

-- The language the account's messages are written in outside the app
ALTER TABLE accounts ADD COLUMN message_locale VARCHAR(5) NOT NULL DEFAULT 'zh-CN';

-- The channels an account chose (the message centre is always on and has no row)
CREATE TABLE account_channels (
    account_id BIGINT      NOT NULL,
    channel    VARCHAR(12) NOT NULL,
    PRIMARY KEY (account_id, channel),
    CONSTRAINT fk_account_channels_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A message is handed to the channels once: null until the delivery job has done so. Those stored so far are done.
ALTER TABLE notifications ADD COLUMN dispatched_at TIMESTAMP(3) NULL;
UPDATE notifications SET dispatched_at = created_at;
CREATE INDEX ix_notifications_dispatch ON notifications (dispatched_at, id);

-- Staff's wording of a kind of message in a language; a kind without a row uses the wording the API ships with
CREATE TABLE message_templates (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(40)   NOT NULL,
    locale     VARCHAR(5)    NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    updated_by VARCHAR(50)   NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_message_templates UNIQUE (kind, locale)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The send log: one row per message and channel, with its address as it was, its status and its attempts.
-- organisation_id is the recipient's organisation then, so that staff read the log of their own subtree.
CREATE TABLE deliveries (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    notification_id BIGINT        NULL,
    account_id      BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    channel         VARCHAR(12)   NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    locale          VARCHAR(5)    NOT NULL,
    recipient       VARCHAR(100)  NOT NULL,
    params          VARCHAR(2000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at         TIMESTAMP(3)  NULL,
    CONSTRAINT uq_deliveries_message UNIQUE (notification_id, channel),
    CONSTRAINT fk_deliveries_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_deliveries_notification FOREIGN KEY (notification_id) REFERENCES notifications (id)
        ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What is due to be sent; the log newest first, by status and by channel
CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX ix_deliveries_log ON deliveries (organisation_id, created_at);
CREATE INDEX ix_deliveries_status ON deliveries (status, created_at);
CREATE INDEX ix_deliveries_channel ON deliveries (channel, created_at);
CREATE INDEX ix_deliveries_created ON deliveries (created_at);

INSERT INTO job_leases (name, holder, lease_until) VALUES ('deliveries', NULL, TIMESTAMP '2000-01-01 00:00:00');
