-- Where the last peer pass stopped (no state before the first pass), and the newest journal entry now.
-- Not max(load_id): re-run as a cached prepared statement, DuckDB 1.5.6 kept answering the max it planned with
-- after new journal rows (PeerChecksTests.ARunnerKeptOnOneConnectionSeesWhatWasJournaledSinceItsLastPass).
SELECT s.last_load_id AS LastLoadId, s.settings AS Settings, coalesce(j.load_id, 0) AS NewestLoadId
FROM (SELECT 1 AS one) o
LEFT JOIN (SELECT load_id FROM load_journal ORDER BY load_id DESC LIMIT 1) j ON true
LEFT JOIN peer_check_state s ON s.id = 1;
