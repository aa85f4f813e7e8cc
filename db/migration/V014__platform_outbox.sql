-- Email waiting to be sent, written in the same transaction as the change that causes it, and
-- delivered afterwards by the sender (platform.mail). A message is claimed for a short while before
-- it is sent; one whose claim ran out unconfirmed (a crash mid-way) is sent again with the same
-- Message-ID. Without an SMTP server configured, messages are kept here for administrators to read.
CREATE TABLE outbox_messages (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    message_id        VARCHAR(255)  NOT NULL,
    -- what kind of message: identity.verify_email, enrollment.application_decided, ...
    kind              VARCHAR(64)   NOT NULL,
    recipient         VARCHAR(254)  NOT NULL,
    recipient_user_id BIGINT        NULL,
    language          VARCHAR(8)    NOT NULL,
    subject           VARCHAR(500)  NOT NULL,
    body_text         MEDIUMTEXT    NOT NULL,
    body_html         MEDIUMTEXT    NOT NULL,
    -- the one-click unsubscribe address of an optional notification (RFC 8058)
    unsubscribe_url   VARCHAR(1000) NULL,
    -- queued, sending, sent, failed, kept (no SMTP server configured)
    status            VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NOT NULL,
    claimed_by        VARCHAR(64)   NULL,
    claimed_until     DATETIME(6)   NULL,
    -- the SMTP server's answer to the last failed try
    last_error        VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
    KEY ix_outbox_due (status, next_attempt_at),
    KEY ix_outbox_claim (claimed_by),
    KEY ix_outbox_recipient (recipient, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
