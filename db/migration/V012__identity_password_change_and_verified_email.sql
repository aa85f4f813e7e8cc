-- An account whose password someone else chose (the generated first administrator's) must set
-- its own at the first sign-in; until then only the password change is open to it.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
-- When the owner proved they read mail at this address (a link sent there, or handed out by an
-- administrator, was used). Participant imports match an unproven address only when told to.
ALTER TABLE users ADD COLUMN email_verified_at DATETIME(6) NULL;
