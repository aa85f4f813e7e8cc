-- Recordings of sessions: the stored file (under a server-made key), its size and type as checked
-- by content, and who uploaded it when.
CREATE TABLE recordings (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    session_id   BIGINT       NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size         BIGINT       NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_recordings_session (session_id),
    CONSTRAINT fk_recordings_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
