-- A person's calendar feed address is signed with the platform's key over the person and this
-- version; asking for a new address raises the version, and every older address stops working.
CREATE TABLE calendar_feeds (
    user_id    BIGINT      NOT NULL,
    version    INT         NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_calendar_feeds_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
