-- Whether watching a session's recording makes up for missing it, and how much of it must be
-- watched (percent); NULL: recordings do not count as attendance in this program.
ALTER TABLE programs ADD COLUMN recording_make_up_percent INT NULL;
