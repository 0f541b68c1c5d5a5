CREATE SEQUENCE audit_log_id START 1;

-- Who did what and when: sign-ins (and failed attempts), uploads, exports, inbox scans and reloads.
CREATE TABLE audit_log (
    audit_id    BIGINT PRIMARY KEY DEFAULT nextval('audit_log_id'),
    occurred_at TIMESTAMP NOT NULL,
    user_name   VARCHAR NOT NULL,
    action      VARCHAR NOT NULL CHECK (action IN ('login', 'login_failed', 'login_locked', 'logout', 'upload', 'export', 'scan', 'reload')),
    detail      VARCHAR,
    remote      VARCHAR
);
