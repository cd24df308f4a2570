-- The member register of each branch (成员名册): who belongs to it, with the least personal data that attendance and
-- ballots are counted against: a name, a role in the branch, when they joined and, once gone, when they left.
CREATE TABLE branch_members (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id   BIGINT       NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    joined_on   DATE         NULL,
    left_on     DATE         NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_branch_members_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The register is read a branch at a time, by name (search, and the duplicate check of an import).
CREATE INDEX ix_branch_members_branch_name ON branch_members (branch_id, name, id);
