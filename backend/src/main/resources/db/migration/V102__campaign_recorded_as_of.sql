-- A campaign that already happened is entered as of a date: submissions recorded then are dated that day, so the
-- history is not shown as late because it is typed in years afterwards.
alter table campaigns add column recorded_as_of date;
