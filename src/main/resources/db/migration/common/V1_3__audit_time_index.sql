-- Newest first with a filter: the audit page and its export read the log by time.
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at, id);
