-- Documents re-extracted since the last pass: their unit, year or district may have changed, and the scope they
-- left is not recorded anywhere, so such a pass recomputes every peer flag.
SELECT count(*) FROM load_journal WHERE load_id > $since AND load_id <= $until AND status = 'reloaded';
