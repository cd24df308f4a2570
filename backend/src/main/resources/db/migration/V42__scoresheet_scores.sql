-- One indicator's score on a scoresheet: 0..the indicator's points in steps of 0.5, with a comment.
CREATE TABLE scoresheet_scores (
    scoresheet_id BIGINT        NOT NULL,
    indicator_id  BIGINT        NOT NULL,
    points        DECIMAL(6,1)  NOT NULL,
    comment       VARCHAR(1000),
    PRIMARY KEY (scoresheet_id, indicator_id),
    CONSTRAINT fk_scores_sheet FOREIGN KEY (scoresheet_id) REFERENCES scoresheets (id),
    CONSTRAINT fk_scores_indicator FOREIGN KEY (indicator_id) REFERENCES indicators (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_scores_indicator ON scoresheet_scores (indicator_id);
