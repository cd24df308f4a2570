-- The branches on a commendation list, with their results copied when they joined it (the list never changes
-- when results are reopened), and every addition or removal by hand with its reason.
CREATE TABLE commendation_entries (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id           BIGINT        NOT NULL,
    branch_id         BIGINT        NOT NULL,
    branch_name       VARCHAR(100)  NOT NULL,
    result_rank       INT           NOT NULL,
    total             DECIMAL(7,2)  NOT NULL,
    grade_code        VARCHAR(32),
    grade_name        VARCHAR(50),
    eligible          BOOLEAN       NOT NULL,
    origin            VARCHAR(16)   NOT NULL,
    CONSTRAINT uk_centries_branch UNIQUE (list_id, branch_id),
    CONSTRAINT fk_centries_list FOREIGN KEY (list_id) REFERENCES commendation_lists (id),
    CONSTRAINT fk_centries_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_centries_branch ON commendation_entries (branch_id);

CREATE TABLE commendation_adjustments (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id     BIGINT       NOT NULL,
    branch_id   BIGINT       NOT NULL,
    branch_name VARCHAR(100) NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    made_by     VARCHAR(100) NOT NULL,
    made_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_cadj_list FOREIGN KEY (list_id) REFERENCES commendation_lists (id),
    CONSTRAINT fk_cadj_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cadj_list ON commendation_adjustments (list_id, made_at);
CREATE INDEX ix_cadj_branch ON commendation_adjustments (branch_id);
