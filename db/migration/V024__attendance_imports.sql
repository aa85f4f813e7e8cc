-- An uploaded meeting report (Zoom, Teams) read into one entry per person with their minutes and
-- whom they were matched to; applied to the register only when confirmed.
CREATE TABLE attendance_imports (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    session_id        BIGINT       NOT NULL,
    created_by        BIGINT       NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    -- zoom or teams
    format            VARCHAR(16)  NOT NULL,
    -- JSON array of {name, email, minutes, matchedUserId, outcome, candidates}
    entries           MEDIUMTEXT   NOT NULL,
    session_minutes   INT          NOT NULL,
    threshold_minutes INT          NOT NULL,
    -- preview or applied
    status            VARCHAR(16)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    applied_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_attendance_imports_session (session_id, id),
    CONSTRAINT fk_attendance_imports_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
