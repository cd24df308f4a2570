-- Feedback reports (反馈报告): per branch and campaign, per standard the score, strengths and areas for
-- improvement, drafted from the assessors' remarks, edited by committee staff, then released to the branch.
CREATE TABLE feedback_reports (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    branch_id   BIGINT        NOT NULL,
    branch_name VARCHAR(100)  NOT NULL,
    total       DECIMAL(7,2),
    grade_name  VARCHAR(50),
    result_rank INT,
    summary     TEXT,
    status      VARCHAR(16)   NOT NULL,
    released_at TIMESTAMP(3)  NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_freports_branch UNIQUE (campaign_id, branch_id),
    CONSTRAINT fk_freports_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT fk_freports_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_freports_campaign_status ON feedback_reports (campaign_id, status);
CREATE INDEX ix_freports_branch ON feedback_reports (branch_id);

CREATE TABLE feedback_sections (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    standard_code VARCHAR(32)   NOT NULL,
    standard_name VARCHAR(100)  NOT NULL,
    score         DECIMAL(7,2),
    strengths     TEXT,
    improvements  TEXT,
    CONSTRAINT uk_fsections_standard UNIQUE (report_id, standard_code),
    CONSTRAINT fk_fsections_report FOREIGN KEY (report_id) REFERENCES feedback_reports (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
