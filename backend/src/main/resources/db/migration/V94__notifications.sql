-- The message centre: one row per recipient and event, written in the transaction of the change it reports.
-- params holds what the message names (a deliverable's title, the return reason ...) so that clients word it
-- in the reader's language; read_at is null while unread.
CREATE TABLE notifications (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    campaign_id BIGINT       NULL,
    subject_id  BIGINT       NULL,
    params      VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at     TIMESTAMP(3) NULL,
    CONSTRAINT fk_notifications_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A recipient's list, newest first, and their unread count
CREATE INDEX ix_notifications_account ON notifications (account_id, id);
CREATE INDEX ix_notifications_unread ON notifications (account_id, read_at);
