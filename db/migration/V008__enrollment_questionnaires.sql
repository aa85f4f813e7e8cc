-- One questionnaire per program: the program's own questions beside the standard profile.
-- The row is also what applications and admissions lock, one program at a time.
CREATE TABLE questionnaires (
    program_id    BIGINT      NOT NULL,
    -- JSON array of {id, kind, label, required, options}
    questions     TEXT        NOT NULL,
    allow_reapply BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_questionnaires_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
