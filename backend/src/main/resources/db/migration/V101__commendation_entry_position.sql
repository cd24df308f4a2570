-- A list entry keeps the branch's place in the ranking, so the list, its PDF and the ranking order ties alike.
alter table commendation_entries add column result_position int not null default 0;
update commendation_entries set result_position = result_rank;
