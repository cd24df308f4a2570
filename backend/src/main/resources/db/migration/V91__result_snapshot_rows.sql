-- One branch's line of a stored ranking: sortable columns plus the whole line (scores, grade, eligibility, sheets) as JSON.
CREATE TABLE result_snapshot_rows (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    snapshot_id  BIGINT        NOT NULL,
    branch_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    total        DECIMAL(7,2),
    branch_code  VARCHAR(32)   NOT NULL,
    branch_name  VARCHAR(100)  NOT NULL,
    flagged      BOOLEAN       NOT NULL,
    line         JSON          NOT NULL,
    CONSTRAINT uk_result_snapshot_row UNIQUE (snapshot_id, branch_id),
    CONSTRAINT fk_result_snapshot_row_snapshot FOREIGN KEY (snapshot_id) REFERENCES result_snapshots (id),
    CONSTRAINT fk_result_snapshot_row_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_result_snapshot_row_position ON result_snapshot_rows (snapshot_id, position);
