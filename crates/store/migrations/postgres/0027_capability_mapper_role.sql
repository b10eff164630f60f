-- The capability mapper role (issue 17): a council admin gives it to the people who keep
-- the council's capability map.
ALTER TABLE membership_roles DROP CONSTRAINT membership_roles_role_check;
ALTER TABLE membership_roles ADD CONSTRAINT membership_roles_role_check
    CHECK (role IN ('practitioner', 'manager', 'buyer', 'finance', 'council_admin', 'capability_mapper'));
