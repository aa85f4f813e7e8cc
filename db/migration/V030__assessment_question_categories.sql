-- A program's question bank is a tree of categories (Moodle's, as imports bring them); a question
-- lies in exactly one. Names are unique among siblings; parent_key stands for the root (NULL
-- parent) so the unique key holds there too.
CREATE TABLE question_categories (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    program_id BIGINT       NOT NULL,
    parent_id  BIGINT       NULL,
    parent_key BIGINT AS (COALESCE(parent_id, 0)) STORED,
    name       VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_question_categories UNIQUE (program_id, parent_key, name),
    CONSTRAINT fk_question_categories_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_categories_parent FOREIGN KEY (parent_id) REFERENCES question_categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
