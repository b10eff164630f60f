-- Counting the candidates for an opportunity's recommendations reads, for each, whether
-- they are listed, their council, rate and way of working: from this narrow index rather
-- than the wide profile rows, whose pages would crowd the cache.
CREATE INDEX profiles_matching ON profiles (id, org_id, rate_pence, work_mode, region, status) WHERE status = 'listed';
