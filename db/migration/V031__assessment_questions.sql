-- Questions of a bank and their versions. The question row holds what lists and filters need
-- (type, name, category, tags) and points at its newest version; each version keeps the whole
-- question as JSON, and is never changed once an attempt has used it, so past scores stay true.
-- A deleted question leaves the bank (deleted_at) but its versions stay for the attempts.
CREATE TABLE questions (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    program_id      BIGINT        NOT NULL,
    category_id     BIGINT        NOT NULL,
    type            VARCHAR(24)   NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    tags            VARCHAR(1000) NOT NULL,
    version_number  INT           NOT NULL,
    answered        BOOLEAN       NOT NULL DEFAULT FALSE,
    deleted_at      DATETIME(6)   NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_questions_bank (program_id, deleted_at, category_id),
    CONSTRAINT fk_questions_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_questions_category FOREIGN KEY (category_id) REFERENCES question_categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_versions (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    question_id BIGINT      NOT NULL,
    number      INT         NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_question_versions UNIQUE (question_id, number),
    CONSTRAINT fk_question_versions_question FOREIGN KEY (question_id) REFERENCES questions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
