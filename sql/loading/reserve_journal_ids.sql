-- Load ids for $count journal rows, drawn from the journal's sequence, so the rows can go through the appender.
SELECT nextval('load_journal_id') AS load_id FROM range($count) ORDER BY load_id;
