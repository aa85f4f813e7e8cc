-- Reports count attendance per session and status, attempts per test and learner, and admitted
-- people per program; these indexes hold every column those counts read, so a program of 5,000
-- people is counted from the indexes alone (README, Performance).
CREATE INDEX ix_attendance_records_report ON attendance_records (session_id, status, source, user_id);
CREATE INDEX ix_quiz_attempts_report ON quiz_attempts (quiz_id, status, user_id, score, passed);
CREATE INDEX ix_applications_report ON applications (program_id, status, user_id);
