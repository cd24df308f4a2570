-- Every time committee staff reopened a submitted scoresheet: who, when and why.
CREATE TABLE scoresheet_reopenings (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    scoresheet_id BIGINT        NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    reopened_by   VARCHAR(50)   NOT NULL,
    reopened_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_reopenings_sheet FOREIGN KEY (scoresheet_id) REFERENCES scoresheets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reopenings_sheet ON scoresheet_reopenings (scoresheet_id, reopened_at);
