-- Refresh tokens: only the SHA-256 of each token is kept. A family is one sign-in and every token rotated
-- from it; reusing a rotated token revokes the whole family.
CREATE TABLE refresh_tokens (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    family_id    VARCHAR(36)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at   TIMESTAMP(3) NOT NULL,
    rotated_at   TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_refresh_tokens_account ON refresh_tokens (account_id);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
