-- A leading group is replaced as a whole; this version detects concurrent edits of one branch's group.
ALTER TABLE campaign_branches ADD COLUMN leading_group_version BIGINT NOT NULL DEFAULT 0;
