-- A campaign launched by an organisation is adopted by each child organisation as its own implementation plan
-- (实施方案): a campaign of the child that names the one it adopts and carries its own document number. The
-- standards it inherits (with their indicators) are marked and stay as the parent set them; the child adds local
-- standards with indicators and points of its own.
-- One adoption per child organisation and parent campaign: the unique key holds it when two requests race.
ALTER TABLE campaigns ADD COLUMN parent_campaign_id BIGINT NULL;
ALTER TABLE campaigns ADD COLUMN document_number VARCHAR(64) NULL;
ALTER TABLE campaigns ADD CONSTRAINT fk_campaigns_parent FOREIGN KEY (parent_campaign_id) REFERENCES campaigns (id);
ALTER TABLE campaigns ADD CONSTRAINT uk_campaigns_adoption UNIQUE (parent_campaign_id, organisation_id);

ALTER TABLE standards ADD COLUMN inherited BOOLEAN NOT NULL DEFAULT FALSE;
