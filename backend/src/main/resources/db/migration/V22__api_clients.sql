-- Third-party API clients (client-credentials grant). The secret is kept only as a bcrypt hash;
-- scopes are a comma-separated subset of read, deliverables:write, audit:read.
CREATE TABLE api_clients (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id    VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(100) NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    branch_id    BIGINT       NULL,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_api_clients_client_id UNIQUE (client_id),
    CONSTRAINT fk_api_clients_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_api_clients_enabled ON api_clients (enabled);
