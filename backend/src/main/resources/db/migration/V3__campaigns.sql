-- Campaigns (创建活动) and their configuration: phases, participating branches, the evaluation standards
-- with their indicators (考核细则), grade thresholds, deliverable types, and each branch's leading group.
CREATE TABLE campaigns (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    campaign_year          INT          NOT NULL,
    basis_documents        TEXT,
    guiding_ideology       TEXT,
    goals                  TEXT,
    status                 VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    template_id            BIGINT,
    aggregation_method     VARCHAR(16)  NOT NULL DEFAULT 'MEAN',
    disagreement_threshold DECIMAL(6,1) NOT NULL DEFAULT 10.0,
    results_status         VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    version                BIGINT       NOT NULL DEFAULT 0,
    created_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_campaigns_template FOREIGN KEY (template_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_campaigns_status_year ON campaigns (status, campaign_year);

CREATE TABLE campaign_phases (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_phases_seq UNIQUE (campaign_id, seq),
    CONSTRAINT uk_phases_code UNIQUE (campaign_id, code),
    CONSTRAINT fk_phases_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE campaign_branches (
    campaign_id BIGINT       NOT NULL,
    branch_id   BIGINT       NOT NULL,
    joined_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (campaign_id, branch_id),
    CONSTRAINT fk_cb_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_cb_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cb_branch ON campaign_branches (branch_id);

CREATE TABLE standards (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    max_points  DECIMAL(6,1) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_standards_code UNIQUE (campaign_id, code),
    CONSTRAINT fk_standards_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE indicators (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    standard_id BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    max_points  DECIMAL(6,1) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicators_code UNIQUE (campaign_id, code),
    CONSTRAINT fk_indicators_standard FOREIGN KEY (standard_id) REFERENCES standards (id),
    CONSTRAINT fk_indicators_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_indicators_standard ON indicators (standard_id, seq);

CREATE TABLE grade_thresholds (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    min_total   DECIMAL(6,1) NOT NULL,
    CONSTRAINT uk_grades_code UNIQUE (campaign_id, code),
    CONSTRAINT fk_grades_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The structured fields a deliverable of this type carries, as a JSON array of
-- {"key","label","type":TEXT|TEXTAREA|DATE|NUMBER|LIST,"required":bool,"maxLength":int}.
CREATE TABLE deliverable_types (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    phase_id    BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    required    BOOLEAN      NOT NULL DEFAULT FALSE,
    multiple    BOOLEAN      NOT NULL DEFAULT FALSE,
    fields      JSON,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_dtypes_code UNIQUE (campaign_id, code),
    CONSTRAINT fk_dtypes_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_dtypes_phase FOREIGN KEY (phase_id) REFERENCES campaign_phases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_dtypes_phase ON deliverable_types (phase_id, seq);

-- The campaign leading group (领导组) of a branch: exactly one LEADER (组长, the chair).
CREATE TABLE leading_group_members (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    branch_id      BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    position       VARCHAR(100),
    responsibility VARCHAR(500),
    phone          VARCHAR(20),
    CONSTRAINT fk_lgm_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_lgm_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_lgm_branch_campaign ON leading_group_members (branch_id, campaign_id, seq);
