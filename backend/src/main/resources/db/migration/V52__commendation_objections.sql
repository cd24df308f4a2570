-- Objections (异议) raised during a list's public notice. raised_by is NULL for an anonymous objector:
-- the name is never stored, so no view or export can reveal it.
CREATE TABLE commendation_objections (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id     BIGINT        NOT NULL,
    branch_id   BIGINT        NOT NULL,
    raised_by   VARCHAR(100),
    received_on DATE          NOT NULL,
    content     TEXT          NOT NULL,
    handling    TEXT,
    outcome     TEXT,
    status      VARCHAR(16)   NOT NULL,
    resolved_at TIMESTAMP(3)  NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_cobj_list FOREIGN KEY (list_id) REFERENCES commendation_lists (id),
    CONSTRAINT fk_cobj_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_cobj_list_status ON commendation_objections (list_id, status);
CREATE INDEX ix_cobj_branch ON commendation_objections (branch_id);
