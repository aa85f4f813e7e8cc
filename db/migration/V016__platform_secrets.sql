-- Keys the platform makes for itself on first need (e.g. to sign unsubscribe links), kept here so
-- that every instance and every restart uses the same one.
CREATE TABLE platform_secrets (
    name       VARCHAR(64)  NOT NULL,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
