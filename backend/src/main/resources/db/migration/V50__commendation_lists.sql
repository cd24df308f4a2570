-- Commendation lists (表彰名单): a shortlist built from finalised results, its public notice (公示),
-- approval under a resolution number and publication. A correction is a new list naming the one it corrects.
CREATE TABLE commendation_lists (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    basis             VARCHAR(16)  NOT NULL,
    min_grade_code    VARCHAR(32),
    top_n             INT,
    corrects_id       BIGINT,
    notice_starts_on  DATE,
    notice_ends_on    DATE,
    notice_text       TEXT,
    resolution_number VARCHAR(100),
    resolution_date   DATE,
    approved_by       VARCHAR(100),
    approved_at       TIMESTAMP(3) NULL,
    published_at      TIMESTAMP(3) NULL,
    created_by        VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_clists_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_clists_corrects FOREIGN KEY (corrects_id) REFERENCES commendation_lists (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_clists_campaign_status ON commendation_lists (campaign_id, status);
CREATE INDEX ix_clists_corrects ON commendation_lists (corrects_id);
