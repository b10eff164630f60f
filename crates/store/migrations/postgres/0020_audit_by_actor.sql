-- What one person did, newest first: a platform admin's recent support access to a
-- profile (shown again after post/redirect/get), and later a person's own records.
CREATE INDEX audit_events_actor ON audit_events (actor_user_id, action, id);
