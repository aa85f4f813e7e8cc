CREATE TABLE applications (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    program_id       BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    -- the applicant's profile as given with this application (JSON), and its filterable parts
    profile          TEXT          NOT NULL,
    region           VARCHAR(100)  NOT NULL,
    organization     VARCHAR(300)  NOT NULL,
    category         VARCHAR(100)  NOT NULL,
    -- answers to the program's own questions (JSON object: question id -> answer)
    answers          TEXT          NOT NULL,
    decision_message VARCHAR(2000) NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_applications_program (program_id, status),
    KEY ix_applications_user (user_id, program_id),
    CONSTRAINT fk_applications_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_applications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
