-- DuckDB's jemalloc keeps freed pages for reuse; a thread whose task peaked above this (e.g. '32MB'; default 128 MB)
-- returns them afterwards, so a checkpoint's buffers do not stay resident until the next one.
SET allocator_flush_threshold = $threshold;
