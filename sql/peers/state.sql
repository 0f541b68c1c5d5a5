-- Where the last peer pass stopped (no row before the first pass), and the newest journal entry now.
SELECT
    (SELECT last_load_id FROM peer_check_state WHERE id = 1) AS LastLoadId,
    (SELECT settings FROM peer_check_state WHERE id = 1) AS Settings,
    (SELECT coalesce(max(load_id), 0) FROM load_journal) AS NewestLoadId;
