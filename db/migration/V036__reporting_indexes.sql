-- Reports count from a program's admitted people outwards: each person's attendance records and
-- attempts are read by their user id from indexes that hold every column the counts need, so a
-- program of 5,000 people is counted from the indexes alone (README, Performance).
CREATE INDEX ix_attendance_records_report ON attendance_records (user_id, session_id, status, source);
CREATE INDEX ix_quiz_attempts_report ON quiz_attempts (user_id, quiz_id, status, submitted_at, score, passed);
CREATE INDEX ix_applications_report ON applications (program_id, status, user_id);
