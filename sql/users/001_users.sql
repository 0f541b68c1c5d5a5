-- The dashboard's own users (SQLite file <data>/users.db, not the warehouse: the CLI adds users while the
-- dashboard holds the warehouse). Applied on every open; statements are idempotent.
CREATE TABLE IF NOT EXISTS users (
    user_name      TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash  TEXT NOT NULL,                   -- ASP.NET Core PasswordHasher (PBKDF2), never the password
    role           TEXT NOT NULL CHECK (role IN ('管理员', '分析员', '单位用户')),
    region_code    TEXT,                            -- the 单位用户's region subtree; NULL for the other roles
    created_at     TEXT NOT NULL,
    CHECK ((role = '单位用户') = (region_code IS NOT NULL))
);

-- Failed sign-ins per user name (known or not, so probing names gains nothing), and the lock they led to.
CREATE TABLE IF NOT EXISTS login_failures (
    user_name     TEXT PRIMARY KEY COLLATE NOCASE,
    failures      INTEGER NOT NULL,
    locked_until  TEXT
);
