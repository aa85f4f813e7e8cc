-- Which optional notifications a person turned off (a missing row means on). Security messages
-- are not optional and never appear here.
CREATE TABLE notification_preferences (
    user_id    BIGINT      NOT NULL,
    kind       VARCHAR(64) NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preferences_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
