-- How many working days (Monday to Friday) a public notice (公示) of the campaign runs at least.
ALTER TABLE campaigns ADD COLUMN notice_min_working_days INT NOT NULL DEFAULT 5;
