-- Attempts: numbered per learner and quiz by a unique key, so parallel starts never make two of
-- one number and the limit holds. Slots are the questions the attempt drew (question, version,
-- mark, display order of choices) as JSON. Answers are saved one row per question as they are
-- given; client_seq keeps the newest when saves arrive out of order. An answer's score is not kept:
-- the scorer reads it again from the answer and the version whenever a review or a report asks.
CREATE TABLE quiz_attempts (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    number       INT         NOT NULL,
    status       VARCHAR(16) NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    deadline     DATETIME(6) NULL,
    submitted_at DATETIME(6) NULL,
    score        DOUBLE      NULL,
    passed       BOOLEAN     NULL,
    slots        MEDIUMTEXT  NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempts UNIQUE (quiz_id, user_id, number),
    KEY ix_quiz_attempts_open (status, deadline),
    KEY ix_quiz_attempts_user (user_id),
    CONSTRAINT fk_quiz_attempts_quiz FOREIGN KEY (quiz_id) REFERENCES quizzes (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_answers (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    attempt_id  BIGINT      NOT NULL,
    question_id BIGINT      NOT NULL,
    answer      TEXT        NOT NULL,
    client_seq  BIGINT      NOT NULL,
    saved_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_answers UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_quiz_answers_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
