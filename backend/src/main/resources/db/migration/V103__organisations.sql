-- The organisation tree (会中央 → 会省委 → 会市委 → 县区委): every branch, campaign, account and API client belongs
-- to one organisation, and staff act on its subtree only. path is the ids from the root down, each followed by '/'
-- ("1/7/42/"), so a subtree is one prefix match; it never changes once written.
-- Everything that exists is placed under one organisation, so a deployment with one committee needs no set-up.
CREATE TABLE organisations (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id  BIGINT       NULL,
    level      VARCHAR(16)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    path       VARCHAR(255) NOT NULL,
    depth      INT          NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_organisations_code UNIQUE (code),
    CONSTRAINT uk_organisations_parent_name UNIQUE (parent_id, name),
    CONSTRAINT fk_organisations_parent FOREIGN KEY (parent_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_organisations_path ON organisations (path);
CREATE INDEX ix_organisations_parent_name ON organisations (parent_id, name);

-- the first row of a new table: id 1
INSERT INTO organisations (parent_id, level, name, code, path, depth)
VALUES (NULL, 'CITY', '本级委员会', 'ROOT', '1/', 0);

ALTER TABLE branches ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE branches ADD CONSTRAINT fk_branches_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id);
CREATE INDEX ix_branches_organisation ON branches (organisation_id, name);

ALTER TABLE campaigns ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE campaigns ADD CONSTRAINT fk_campaigns_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id);
CREATE INDEX ix_campaigns_organisation ON campaigns (organisation_id);

ALTER TABLE accounts ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE accounts ADD CONSTRAINT fk_accounts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id);
CREATE INDEX ix_accounts_organisation ON accounts (organisation_id, username);

ALTER TABLE api_clients ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE api_clients ADD CONSTRAINT fk_api_clients_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id);

-- the organisation of the caller when the event happened; null for a caller the tree does not place (a failed
-- sign-in with an unknown name), which only the root's auditors read
ALTER TABLE audit_events ADD COLUMN organisation_id BIGINT NULL;
CREATE INDEX ix_audit_events_organisation ON audit_events (organisation_id, occurred_at);
