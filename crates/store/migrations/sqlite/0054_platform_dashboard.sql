-- The platform dashboard reads each of its lists in order from an index: accounts by when
-- they were made, profiles waiting longest for approval, failed emails newest first.
CREATE INDEX users_created ON users (created_at, id);
CREATE INDEX profiles_awaiting ON profiles (updated_at, id) WHERE status = 'awaiting_approval';
CREATE INDEX outbox_emails_failed ON outbox_emails (id) WHERE status = 'failed';
