-- The Procurement Act 2023 exempts some contracts between contracting authorities from
-- its procedures (Schedule 2, Part 1). The exemptions that cover one council lending an
-- officer's time to another are offered as legal bases by default; platform admins can
-- add to, retire or restore the list.
INSERT INTO legal_bases (name, description, created_at) VALUES
    ('Procurement Act 2023, Schedule 2, paragraph 3 (horizontal arrangements)',
     'An exempted contract between contracting authorities that co-operate to achieve objectives they have in common in providing public services, where the co-operation is solely in the public interest and they carry out less than 20% of the activities concerned on the open market.',
     '2026-12-07T00:00:00Z'),
    ('Procurement Act 2023, Schedule 2, paragraph 2 (vertical arrangements)',
     'An exempted contract awarded to a body the contracting authority controls, alone or with other contracting authorities, which carries out more than 80% of its activities for them.',
     '2026-12-07T00:00:00Z')
ON CONFLICT (name) DO NOTHING;
