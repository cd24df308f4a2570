-- One indicator of a self-assessment, with the branch's short justification.
CREATE TABLE self_assessment_scores (
    self_assessment_id BIGINT       NOT NULL,
    indicator_id       BIGINT       NOT NULL,
    points             DECIMAL(6,1) NOT NULL,
    justification      VARCHAR(1000),
    PRIMARY KEY (self_assessment_id, indicator_id),
    CONSTRAINT fk_self_scores_sa FOREIGN KEY (self_assessment_id) REFERENCES self_assessments (id),
    CONSTRAINT fk_self_scores_indicator FOREIGN KEY (indicator_id) REFERENCES indicators (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_self_scores_indicator ON self_assessment_scores (indicator_id);
