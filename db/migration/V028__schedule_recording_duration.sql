-- How long a recording plays, read from its container when it is kept (NULL when the file does
-- not say, as live-recorded WebM often does); make-up by watching measures against it.
ALTER TABLE recordings ADD COLUMN duration_seconds INT NULL;
