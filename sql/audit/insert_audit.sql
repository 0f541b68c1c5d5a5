-- One audit row; the time is the writer's clock (UTC).
INSERT INTO audit_log (occurred_at, user_name, action, detail, remote)
VALUES ($at::TIMESTAMP, $userName::VARCHAR, $action::VARCHAR, $detail::VARCHAR, $remote::VARCHAR);
