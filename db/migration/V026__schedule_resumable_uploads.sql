-- Uploads in progress under the tus 1.0 protocol: the bytes received so far sit in a file of the
-- data directory; a dropped upload continues from upload_offset; an unfinished one expires.
CREATE TABLE resumable_uploads (
    id            CHAR(32)     NOT NULL,
    session_id    BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    upload_length BIGINT       NOT NULL,
    upload_offset BIGINT       NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_resumable_uploads_expires (expires_at),
    CONSTRAINT fk_resumable_uploads_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
