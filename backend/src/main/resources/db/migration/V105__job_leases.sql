-- Jobs that run on a schedule run once, whichever of several API instances wakes first: each job has one row, and
-- an instance runs the job only after it has taken the row's lease (an UPDATE that succeeds only while the lease
-- has expired or is already its own).
CREATE TABLE job_leases (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(64)  NULL,
    lease_until TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO job_leases (name, holder, lease_until) VALUES ('calendar-messages', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- A recipient's messages of one kind since a time (at most one reminder a day)
CREATE INDEX ix_notifications_account_kind ON notifications (account_id, kind, created_at);
