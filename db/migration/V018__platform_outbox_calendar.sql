-- An invitation, an update or a cancellation carries an iCalendar object (RFC 5545) that calendar
-- programs read: its METHOD (REQUEST or CANCEL) and the object itself.
ALTER TABLE outbox_messages
    ADD COLUMN calendar_method VARCHAR(16) NULL,
    ADD COLUMN calendar        MEDIUMTEXT  NULL;
