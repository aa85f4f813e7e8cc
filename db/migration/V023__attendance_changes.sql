-- The history of every attendance record: who changed it, when, from what to what, and how.
CREATE TABLE attendance_changes (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    session_id  BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    changed_by  BIGINT        NULL,
    changed_at  DATETIME(6)   NOT NULL,
    old_status  VARCHAR(16)   NULL,
    new_status  VARCHAR(16)   NOT NULL,
    old_minutes INT           NULL,
    new_minutes INT           NULL,
    source      VARCHAR(24)   NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_attendance_changes_session (session_id, id),
    CONSTRAINT fk_attendance_changes_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
