package org.civitas.attendance;

/**
 * A learner's record for a session was written: by a check-in, a trainer, an imported report or a
 * watched recording. Published inside the transaction that wrote it, for certification to count
 * (after the commit); the same record may be written again, so listeners are idempotent.
 */
public record AttendanceRecorded(long sessionId, long userId, String status, String source) {
    /** Present or late: the learner was there, in person, online or, with source recording, by watching it. */
    public boolean attended() {
        return status.equals(AttendanceStatus.PRESENT.code()) || status.equals(AttendanceStatus.LATE.code());
    }
}
