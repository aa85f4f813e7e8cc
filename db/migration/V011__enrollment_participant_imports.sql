-- A participant list an administrator uploaded: read and checked at upload (the preview),
-- applied only when they confirm. Applying admits every good row in one transaction.
CREATE TABLE participant_imports (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    program_id        BIGINT       NOT NULL,
    created_by        BIGINT       NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    -- preview, applying, applied
    status            VARCHAR(16)  NOT NULL,
    -- each heading of the file and the field it was read as (JSON array)
    headings          TEXT         NOT NULL,
    -- the rows as read, with their problems (JSON array)
    participants      MEDIUMTEXT   NOT NULL,
    total_rows        INT          NOT NULL,
    invalid_rows      INT          NOT NULL,
    -- why the last confirmation did not apply (the import is back in preview)
    failure_code      VARCHAR(64)  NULL,
    failure_argument  BIGINT       NULL,
    -- what applying did (JSON), including the accounts it created
    result            TEXT         NULL,
    created_at        DATETIME(6)  NOT NULL,
    applied_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_participant_imports_program (program_id, created_at),
    CONSTRAINT fk_participant_imports_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
