-- User accounts. Roles are a comma-separated subset of ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR.
CREATE TABLE accounts (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(50)  NOT NULL,
    display_name         VARCHAR(50)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    roles                VARCHAR(100) NOT NULL,
    branch_id            BIGINT,
    phone                VARCHAR(20),
    email                VARCHAR(100),
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP(3) NULL,
    last_login_at        TIMESTAMP(3) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_accounts_username UNIQUE (username),
    CONSTRAINT fk_accounts_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_accounts_branch ON accounts (branch_id);
