-- How much write-ahead log the loader lets grow before DuckDB checkpoints (e.g. '256MB'). The default (16 MB) is less
-- than one batch, so every commit checkpointed, and a checkpoint's fixed cost grows with the warehouse.
SET checkpoint_threshold = $threshold;
