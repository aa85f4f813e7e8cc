CREATE TABLE programs (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    title                VARCHAR(300) NOT NULL,
    description          TEXT         NOT NULL,
    provider             VARCHAR(300) NOT NULL,
    -- JSON array of {"name": ..., "url": ...}, shown on the program page and the certificate
    partners             TEXT         NOT NULL,
    program_type         VARCHAR(16)  NOT NULL,
    duration             VARCHAR(16)  NOT NULL,
    hours                INT          NOT NULL,
    -- one learning outcome per line
    learning_outcomes    TEXT         NOT NULL,
    language             VARCHAR(8)   NOT NULL,
    enrollment_opens_at  DATETIME(6)  NULL,
    enrollment_closes_at DATETIME(6)  NULL,
    starts_on            DATE         NULL,
    ends_on              DATE         NULL,
    capacity             INT          NULL,
    status               VARCHAR(16)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_programs_status (status, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
