-- The applicant's profile extras (我的信息, seed 001's registration extras): nationality, identity document
-- validity (FIVE_YEARS / TEN_YEARS / TWENTY_YEARS / LONG_TERM from validity_start) and landline.
CREATE TABLE applicant_profile_extras (
    applicant_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES applicant_account (id),
    version           BIGINT       NOT NULL DEFAULT 0,
    nationality       VARCHAR(40)  NOT NULL,
    document_validity VARCHAR(16),
    validity_start    DATE,
    landline          VARCHAR(32),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
