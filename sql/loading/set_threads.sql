-- The loader's DuckDB threads (e.g. 1). A one-shot load's extraction keeps every core busy already, and each DuckDB
-- thread that checkpoints or scans holds buffers and an allocator cache of its own.
SET threads = $threads;
