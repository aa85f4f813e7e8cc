-- Imports apply in batches, each a short transaction under the program's lock, so deciding and
-- applying elsewhere in the program never waits behind a long import. While an import applies,
-- reserved_places holds the places its remaining rows need (each batch gives back what it admits),
-- and applied_rows says how far it got: a server that stops mid-way resumes from there.
ALTER TABLE participant_imports
    ADD COLUMN applied_rows     INT     NOT NULL DEFAULT 0,
    ADD COLUMN reserved_places  INT     NULL,
    ADD COLUMN applied_by       BIGINT  NULL,
    -- rows matching an account whose owner never proved the email address
    ADD COLUMN unverified_rows  INT     NOT NULL DEFAULT 0,
    -- the administrator's decision on those rows at confirmation
    ADD COLUMN skip_unverified  BOOLEAN NOT NULL DEFAULT FALSE;
