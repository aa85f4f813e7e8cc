-- The language a person reads their messages in (uk or en), taken from the browser at sign-up.
ALTER TABLE users ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'uk';

-- Links that prove an address: sent to it at sign-up (and again on request), used once, expiring;
-- only the token's SHA-256 is kept. A link proves only the address it was sent to.
CREATE TABLE email_verification_links (
    token_hash CHAR(64)     NOT NULL,
    user_id    BIGINT       NOT NULL,
    email      VARCHAR(254) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    PRIMARY KEY (token_hash),
    KEY ix_email_verification_links_user (user_id),
    CONSTRAINT fk_email_verification_links_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
