-- Archive applications remember whether the student number could be checked against the graduate registry:
-- a number the registry does not know is accepted, and staff see a warning on the case and in the task.
ALTER TABLE archive_application ADD COLUMN student_no_unverified BOOLEAN DEFAULT FALSE NOT NULL;
