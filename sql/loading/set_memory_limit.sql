-- The loader's cap on DuckDB's buffer pool (e.g. '512MB'); DuckDB's default is 80 % of the machine's memory, which a
-- long load fills with cached blocks of the tables it scans.
SET memory_limit = $limit;
