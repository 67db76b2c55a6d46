-- A name typed in the learner-achievement list matches by prefix (LIKE 'x%'); with a non-C collation PostgreSQL
-- uses a B-tree index for LIKE only with the pattern operator class.
CREATE INDEX ix_cb_learner_achievement_name_prefix
    ON cb_learner_achievement (institution_id, learner_name varchar_pattern_ops);
CREATE INDEX ix_cb_learner_name_prefix ON cb_learner (institution_id, name varchar_pattern_ops);
