-- The branch ticks each fix-list item with a note saying what it changed.
ALTER TABLE deliverable_fix_items ADD COLUMN note VARCHAR(1000) NULL;
