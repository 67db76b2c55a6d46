-- Whether the graduate's personal archive is kept by the university archive (档案在校保管); NULL = not known.
ALTER TABLE graduate_registry ADD COLUMN archive_kept BOOLEAN;
