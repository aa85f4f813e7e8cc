CREATE TABLE modules (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    program_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    description TEXT         NOT NULL,
    hours       INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_modules_program (program_id, position),
    CONSTRAINT fk_modules_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
