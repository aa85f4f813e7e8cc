-- Server-side sessions: the cookie holds a random token, the table only its SHA-256,
-- so a leaked table does not let anyone sign in. Deleting rows ends sessions at once.
CREATE TABLE user_sessions (
    token_hash   CHAR(64)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    csrf_token   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_seen_at DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    client_address VARCHAR(64) NULL,
    PRIMARY KEY (token_hash),
    KEY ix_user_sessions_user (user_id),
    CONSTRAINT fk_user_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
