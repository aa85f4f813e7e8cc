CREATE TABLE program_trainers (
    program_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (program_id, user_id),
    KEY ix_program_trainers_user (user_id),
    CONSTRAINT fk_program_trainers_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_trainers_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
