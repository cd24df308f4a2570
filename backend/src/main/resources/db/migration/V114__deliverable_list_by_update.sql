-- The deliverable list's default order (most recently changed first): its page is read from this index, not sorted
-- from the whole campaign.
CREATE INDEX ix_deliverables_campaign_updated ON deliverables (campaign_id, updated_at, id);
