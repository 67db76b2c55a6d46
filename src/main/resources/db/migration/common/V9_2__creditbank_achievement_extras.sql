-- Credit bank (P5), institution achievements: names identify an institution's achievements (the form and the import
-- refuse a second one of the same name; learner-achievement imports name them), and the list filters on them.
CREATE INDEX ix_cb_achievement_name ON cb_achievement (institution_id, name);
