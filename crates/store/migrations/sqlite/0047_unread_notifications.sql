-- Every signed-in request counts the person's unread notifications (the header's badge):
-- an index of unread rows only, so the count costs what is unread, not all ever received.
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
