-- Who registered for a session: registered while there are places, else waitlisted in the order
-- they came; a place given back goes to the first waitlisted. reminded_* record the reminders sent.
CREATE TABLE session_registrations (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    session_id       BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    -- registered, waitlisted, cancelled
    status           VARCHAR(16) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    reminded_day_at  DATETIME(6) NULL,
    reminded_hour_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_session_registrations UNIQUE (session_id, user_id),
    KEY ix_session_registrations_user (user_id, status),
    KEY ix_session_registrations_queue (session_id, status, created_at),
    CONSTRAINT fk_session_registrations_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_registrations_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
