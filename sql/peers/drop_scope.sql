DROP TABLE IF EXISTS peer_scope_changed;
DROP TABLE IF EXISTS peer_scope_units;
DROP TABLE IF EXISTS peer_scope_groups;
