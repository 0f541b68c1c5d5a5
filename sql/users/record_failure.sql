-- Counts one more failure and returns the count since the last success or lock.
INSERT INTO login_failures (user_name, failures, locked_until) VALUES ($userName, 1, NULL)
ON CONFLICT (user_name) DO UPDATE SET failures = failures + 1
RETURNING failures;
