CREATE TABLE audit_events (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_id       BIGINT        NULL,
    action         VARCHAR(64)   NOT NULL,
    target_type    VARCHAR(32)   NULL,
    target_id      VARCHAR(64)   NULL,
    client_address VARCHAR(64)   NULL,
    details        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_events_target (target_type, target_id),
    KEY ix_audit_events_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
