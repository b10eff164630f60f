-- Searching the pool by a service named on a done-before entry.
CREATE INDEX done_before_service ON done_before (lgsl_id, profile_id);
