-- Files and links attached to a program or one of its modules. Files are kept by FileStorage under
-- storage_key (server-made, random); the client's file name is kept only for the download header.
CREATE TABLE materials (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    program_id    BIGINT        NOT NULL,
    module_id     BIGINT        NULL,
    kind          VARCHAR(8)    NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    url           VARCHAR(2000) NULL,
    storage_key   VARCHAR(100)  NULL,
    original_name VARCHAR(255)  NULL,
    content_type  VARCHAR(120)  NULL,
    size_bytes    BIGINT        NULL,
    -- public: anyone who may see the program; participants: its admitted learners and editors
    visibility    VARCHAR(16)   NOT NULL,
    position      INT           NOT NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_materials_program (program_id, module_id, position),
    KEY ix_materials_module (module_id),
    CONSTRAINT fk_materials_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_materials_module FOREIGN KEY (module_id) REFERENCES modules (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
