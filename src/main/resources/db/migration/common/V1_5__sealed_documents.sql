-- Issue registry of sealed PDFs: what the public verification page checks an upload or a number against.

CREATE TABLE sealed_document (
    document_id         UUID PRIMARY KEY,
    verification_number VARCHAR(32)  NOT NULL,
    case_key            VARCHAR(128),
    file_name           VARCHAR(255) NOT NULL,
    title               VARCHAR(500) NOT NULL,
    sha256              VARCHAR(64)  NOT NULL,
    certificate_sha256  VARCHAR(64)  NOT NULL,
    signer              VARCHAR(255) NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_sealed_document_number UNIQUE (verification_number)
);
CREATE INDEX ix_sealed_document_sha256 ON sealed_document (sha256);
CREATE INDEX ix_sealed_document_case ON sealed_document (case_key);
