-- Each campaign's reminder schedule (ADR 017): the days before a deadline on which branches that still owe required
-- deliverables are reminded, comma-separated, most distant first; empty for none (the overdue notice the day after a
-- missed deadline still goes out).
ALTER TABLE campaigns ADD COLUMN reminder_days VARCHAR(40) NOT NULL DEFAULT '7,3,1';
