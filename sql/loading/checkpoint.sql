-- Writes the loaded batches to the database file, so their ART indexes and row groups become evictable blocks and a
-- capped buffer pool has room for the peer pass's hash tables.
CHECKPOINT;
