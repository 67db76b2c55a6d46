-- One-time submission tokens (io.casehall.shared.web.SubmissionTokens): the first POST of a form claims its
-- token (the primary key makes the claim atomic across requests and nodes); later POSTs of the same form get
-- the first one's outcome. Rows older than 30 days are removed by the service.
CREATE TABLE form_submission (
    token         VARCHAR(36)   PRIMARY KEY,
    owner         VARCHAR(160)  NOT NULL,
    purpose       VARCHAR(64)   NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(255),
    completed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_form_submission_claimed ON form_submission (claimed_at);
