-- A GIFT or Moodle XML file read into a preview: the questions, unsupported items and problems
-- as JSON. Nothing reaches the bank until the trainer confirms; a confirmed import says how many
-- questions it made.
CREATE TABLE question_imports (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    program_id         BIGINT       NOT NULL,
    target_category_id BIGINT       NULL,
    file_name          VARCHAR(255) NOT NULL,
    format             VARCHAR(16)  NOT NULL,
    parsed             LONGTEXT     NOT NULL,
    created_count      INT          NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    confirmed_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_question_imports_program (program_id),
    CONSTRAINT fk_question_imports_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
