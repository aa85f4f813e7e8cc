-- What each learner really played of each recording: the merged stretches in whole seconds
-- ("0-120,300-420"; skipped parts are never in them), their total, and when the player last
-- reported, which bounds how much the next report may claim.
CREATE TABLE recording_views (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    recording_id    BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    watched         TEXT        NOT NULL,
    watched_seconds INT         NOT NULL,
    reported_at     DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_recording_views UNIQUE (recording_id, user_id),
    KEY ix_recording_views_user (user_id),
    CONSTRAINT fk_recording_views_recording FOREIGN KEY (recording_id) REFERENCES recordings (id) ON DELETE CASCADE,
    CONSTRAINT fk_recording_views_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
