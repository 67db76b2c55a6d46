-- The applicant's notes sent with each correction after 退回修改, kept beside the original remark (one entry a line).
ALTER TABLE archive_application ADD COLUMN correction_notes VARCHAR(4000);
