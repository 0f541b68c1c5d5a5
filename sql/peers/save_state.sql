INSERT OR REPLACE INTO peer_check_state VALUES (1, $lastLoadId, $settings);
