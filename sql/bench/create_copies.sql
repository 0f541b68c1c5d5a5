-- The copy numbers replicate_reports.sql multiplies by: 1 … $copies − 1 (copy 0 is the loaded report itself).
CREATE OR REPLACE TEMP TABLE bench_copies AS SELECT range AS copy_no FROM range(1, $copies);
