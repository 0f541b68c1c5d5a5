-- jemalloc's background threads return freed pages to the operating system as they age, instead of only when a
-- DuckDB thread next allocates.
SET allocator_background_threads = true;
