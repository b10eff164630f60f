-- api_tokens.expires_at has been NOT NULL here since 0016; SQLite's 0023 rebuilds its
-- table to match. Nothing to change on PostgreSQL.
SELECT 1;
