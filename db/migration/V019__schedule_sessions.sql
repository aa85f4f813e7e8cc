-- Webinars and events of a program's modules. Times are kept in UTC with the time zone they were
-- planned in; live and completed follow from the clock, cancelled is kept. uid and sequence are the
-- iCalendar identity of the event: every change people must know of raises the sequence, so
-- calendars update the event in place.
CREATE TABLE sessions (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    program_id            BIGINT        NOT NULL,
    module_id             BIGINT        NOT NULL,
    uid                   VARCHAR(100)  NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    description           TEXT          NOT NULL,
    -- JSON array of {name, position, bio}
    speakers              TEXT          NOT NULL,
    starts_at             DATETIME(6)   NOT NULL,
    ends_at               DATETIME(6)   NOT NULL,
    time_zone             VARCHAR(64)   NOT NULL,
    -- online, in_person, hybrid
    format                VARCHAR(16)   NOT NULL,
    meeting_url           VARCHAR(1000) NULL,
    venue                 VARCHAR(300)  NULL,
    address               VARCHAR(500)  NULL,
    room                  VARCHAR(100)  NULL,
    capacity              INT           NULL,
    registration_required BOOLEAN       NOT NULL,
    -- scheduled or cancelled
    status                VARCHAR(16)   NOT NULL,
    cancellation_reason   VARCHAR(1000) NULL,
    sequence              INT           NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_sessions_uid UNIQUE (uid),
    KEY ix_sessions_program (program_id, starts_at),
    KEY ix_sessions_starts (starts_at),
    CONSTRAINT fk_sessions_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_sessions_module FOREIGN KEY (module_id) REFERENCES modules (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
