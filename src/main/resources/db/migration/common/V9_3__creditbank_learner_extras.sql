-- Credit bank (P5): learner accounts and learners' achievements, what their lists and the portal need.
-- The reason file of a withdrawal is a stored document, whose id is a UUID.
ALTER TABLE cb_learner_achievement DROP COLUMN withdraw_document_id;
ALTER TABLE cb_learner_achievement ADD COLUMN withdraw_document_id UUID;

-- The unfiltered list (newest first), the year filter, and a learner's own achievements.
CREATE INDEX ix_cb_learner_achievement_institution ON cb_learner_achievement (institution_id, id);
CREATE INDEX ix_cb_learner_achievement_year ON cb_learner_achievement (institution_id, stored_year, id);
CREATE INDEX ix_cb_learner_achievement_inst_achievement ON cb_learner_achievement (institution_id, achievement_id, id);

-- Learner accounts: the list (newest first) and the portal's look-up by applicant.
CREATE INDEX ix_cb_learner_institution ON cb_learner (institution_id, id);
CREATE INDEX ix_cb_learner_applicant ON cb_learner (applicant_id);
