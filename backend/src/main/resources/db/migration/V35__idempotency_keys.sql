-- Idempotency-Key of mobile-safe writes: the first result of a key is replayed to its retries.
CREATE TABLE idempotency_keys (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account      VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       INT          NOT NULL,
    resource_id  BIGINT       NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_idempotency UNIQUE (account, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
