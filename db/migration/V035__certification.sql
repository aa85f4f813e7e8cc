-- Completion rules: one row per program, absent until an administrator sets them (no rules: nothing
-- is issued automatically). required_quiz_ids is a JSON array of module tests.
CREATE TABLE completion_rules (
    program_id              BIGINT      NOT NULL,
    attendance_scope        VARCHAR(16) NOT NULL,
    attendance_measure      VARCHAR(16) NOT NULL,
    attendance_minimum      INT         NOT NULL,
    recording_counts        BOOLEAN     NOT NULL,
    required_quiz_ids       TEXT        NOT NULL,
    final_test_required     BOOLEAN     NOT NULL,
    final_test_pass_percent DOUBLE      NULL,
    updated_at              DATETIME(6) NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_completion_rules_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certificate design of a program as JSON (colours, logos as data URIs, signatories, texts).
CREATE TABLE certificate_designs (
    program_id BIGINT      NOT NULL,
    design     MEDIUMTEXT  NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_certificate_designs_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last serial number given per prefix and year. Its row is locked by the transaction that
-- inserts the certificate, so a rolled-back issue gives its number back: no gaps, no duplicates.
CREATE TABLE certificate_serials (
    prefix      VARCHAR(32) NOT NULL,
    year        INT         NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (prefix, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Certificates with what was printed, as at issue; the PDF as issued is in the file storage under
-- pdf_key (written before the row: a rolled-back issue leaves at most an unreferenced file). current_holder is the user's id while the
-- certificate is the one that counts for them in the program and NULL once another replaced it: the
-- unique key (program_id, current_holder) makes "exactly one per learner per program" a fact of the
-- database, whatever races. A revoked certificate stays current, so nothing reissues it by itself.
CREATE TABLE certificates (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    program_id        BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    current_holder    BIGINT       NULL,
    serial            VARCHAR(60)  NOT NULL,
    verification_code VARCHAR(40)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    learner_name      VARCHAR(400) NOT NULL,
    program_title     VARCHAR(500) NOT NULL,
    program_type      VARCHAR(16)  NOT NULL,
    duration          VARCHAR(16)  NOT NULL,
    hours             INT          NOT NULL,
    ects              DECIMAL(7, 2) NOT NULL,
    starts_on         DATE         NULL,
    ends_on           DATE         NULL,
    learning_outcomes TEXT         NOT NULL,
    provider_name     VARCHAR(300) NOT NULL,
    signatories       TEXT         NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    issued_by         BIGINT       NULL,
    issue_reason      VARCHAR(1000) NULL,
    expires_at        DATETIME(6)  NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_by        BIGINT       NULL,
    revocation_reason VARCHAR(1000) NULL,
    replaces          BIGINT       NULL,
    replaced_by       BIGINT       NULL,
    pdf_key           VARCHAR(200) NOT NULL,
    pdf_sha256        CHAR(64)     NOT NULL,
    pdf_size          INT          NOT NULL,
    pdf_crc32         BIGINT       NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificates_serial UNIQUE (serial),
    CONSTRAINT uq_certificates_code UNIQUE (verification_code),
    CONSTRAINT uq_certificates_current UNIQUE (program_id, current_holder),
    KEY ix_certificates_user (user_id),
    KEY ix_certificates_sha256 (pdf_sha256),
    CONSTRAINT fk_certificates_program FOREIGN KEY (program_id) REFERENCES programs (id),
    CONSTRAINT fk_certificates_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
