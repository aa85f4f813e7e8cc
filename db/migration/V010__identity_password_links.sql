-- Accounts created for someone else (a participant list import) have no password until their
-- owner sets one through a one-time link.
ALTER TABLE users MODIFY password_hash VARCHAR(255) NULL;

-- One-time links to set a password. The link carries a random token; the table only its SHA-256,
-- so a leaked table does not let anyone take an account. A user has at most one open link.
CREATE TABLE password_links (
    token_hash CHAR(64)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_by BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (token_hash),
    KEY ix_password_links_user (user_id),
    CONSTRAINT fk_password_links_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
