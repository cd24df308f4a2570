-- The change feed looks a record's changes up by its kind and id: whether a phase's start was reported already.
CREATE INDEX ix_changes_record ON changes (resource, resource_id);
