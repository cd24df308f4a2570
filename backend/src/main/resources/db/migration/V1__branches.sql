-- Grassroots organisations (基层组织) of the committee.
CREATE TABLE branches (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    work_unit         VARCHAR(200),
    established_on    DATE,
    member_count      INT          NOT NULL DEFAULT 0,
    chair_name        VARCHAR(50),
    contact_phone     VARCHAR(20),
    contact_email     VARCHAR(100),
    liaison_party_org VARCHAR(200),
    address           VARCHAR(200),
    status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_branches_code UNIQUE (code),
    CONSTRAINT uk_branches_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_branches_status_name ON branches (status, name);
CREATE INDEX ix_branches_kind ON branches (kind);
