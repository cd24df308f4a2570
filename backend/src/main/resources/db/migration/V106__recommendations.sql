-- Recommendations up the chain (推荐上报, ADR 018). A parent campaign allots each organisation right below it a
-- quota (名额) per title and a deadline; the child recommends candidates from its own campaign (an adoption of the
-- parent's) into the parent's; the parent reviews, announces (公示) and recommends up in turn; the top decides.

-- One row per parent campaign and child organisation: how many of each title the child may recommend, and by when.
-- Recommending takes this row FOR UPDATE, so parallel recommendations of one child are counted one after the other.
CREATE TABLE recommendation_quotas (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    grassroots      INT          NOT NULL,
    local_orgs      INT          NOT NULL,
    due_on          DATE         NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_rquota_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_rquota_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT uk_rquota UNIQUE (campaign_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_rquota_organisation ON recommendation_quotas (organisation_id);

-- One row per candidate and hop: recommended from source_campaign_id (the recommender's) into campaign_id (the
-- parent's). origin_id is the row one level below that this one carries up. candidate_key ('B12' for branch 12,
-- 'O5' for organisation 5) makes a candidate recommended once into a campaign. The decision is copied onto every
-- row of the chain when the top decides, and read from there.
CREATE TABLE recommendations (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id               BIGINT       NOT NULL,
    source_campaign_id        BIGINT       NOT NULL,
    organisation_id           BIGINT       NOT NULL,
    title                     VARCHAR(16)  NOT NULL,
    branch_id                 BIGINT       NULL,
    candidate_organisation_id BIGINT       NULL,
    candidate_name            VARCHAR(100) NOT NULL,
    candidate_key             VARCHAR(24)  NOT NULL,
    origin_id                 BIGINT       NULL,
    commended_in_campaign_id  BIGINT       NULL,
    dossier                   TEXT         NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    review_note               TEXT         NULL,
    reviewed_by               VARCHAR(100) NULL,
    reviewed_at               TIMESTAMP(3) NULL,
    submitted_by              VARCHAR(100) NOT NULL,
    submitted_at              TIMESTAMP(3) NOT NULL,
    decision_number           VARCHAR(100) NULL,
    decision_date             DATE         NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    created_at                TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at                TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_rec_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_rec_source FOREIGN KEY (source_campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_rec_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_rec_branch FOREIGN KEY (branch_id) REFERENCES branches (id),
    CONSTRAINT fk_rec_candidate_org FOREIGN KEY (candidate_organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_rec_origin FOREIGN KEY (origin_id) REFERENCES recommendations (id),
    CONSTRAINT uk_rec_candidate UNIQUE (campaign_id, candidate_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_rec_campaign_status ON recommendations (campaign_id, status);
CREATE INDEX ix_rec_source ON recommendations (source_campaign_id, status);
CREATE INDEX ix_rec_branch ON recommendations (branch_id);
CREATE INDEX ix_rec_origin ON recommendations (origin_id);

-- A level's public notice of the recommendations it accepted; closing it lets the level recommend up, and at the
-- top it is the decision, with its document number and date. One per campaign: the unique key holds it.
CREATE TABLE recommendation_notices (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    notice_text     TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    closed_by       VARCHAR(100) NULL,
    closed_at       TIMESTAMP(3) NULL,
    decision_number VARCHAR(100) NULL,
    decision_date   DATE         NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_rnotice_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT uk_rnotice_campaign UNIQUE (campaign_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Objections (异议) to a recommendation raised during its level's notice.
CREATE TABLE recommendation_objections (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    recommendation_id BIGINT       NOT NULL,
    raised_by         VARCHAR(100) NULL,
    received_on       DATE         NOT NULL,
    content           TEXT         NOT NULL,
    handling          TEXT         NULL,
    outcome           TEXT         NULL,
    upheld            BOOLEAN      NOT NULL DEFAULT FALSE,
    status            VARCHAR(16)  NOT NULL,
    resolved_at       TIMESTAMP(3) NULL,
    recorded_by       VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_robj_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_robj_recommendation ON recommendation_objections (recommendation_id, status);
