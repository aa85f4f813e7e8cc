-- One record per learner per session: present, late, excused or absent, the minutes attended, how
-- it was recorded (self check-in, a trainer, an imported meeting report, a recording watched) and
-- who last changed it when. Every change is also kept in attendance_changes.
CREATE TABLE attendance_records (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    session_id  BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    -- present, late, excused, absent
    status      VARCHAR(16)   NOT NULL,
    minutes     INT           NULL,
    -- self_check_in, trainer, imported_report, recording
    source      VARCHAR(24)   NOT NULL,
    note        VARCHAR(1000) NULL,
    updated_by  BIGINT        NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_attendance_records UNIQUE (session_id, user_id),
    KEY ix_attendance_records_user (user_id),
    CONSTRAINT fk_attendance_records_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_records_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
