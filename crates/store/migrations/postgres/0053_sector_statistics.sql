-- Sector statistics count each quarter over an index range: opportunities by the time they
-- were published, listed profiles by when they were first listed, and each council's
-- first member.
CREATE INDEX opportunities_published_at ON opportunities (published_at, status) WHERE published_at IS NOT NULL;
CREATE INDEX profiles_listed_at ON profiles (status, listed_at);
CREATE INDEX memberships_org_joined ON memberships (org_id, created_at);
