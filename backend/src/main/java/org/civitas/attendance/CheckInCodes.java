package org.civitas.attendance;

import jakarta.inject.Singleton;
import org.civitas.platform.secrets.Secrets;

import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The six-digit code a trainer shows for self check-in: derived from the session and the current
 * minute with the platform's key, so it rotates every minute, belongs to one session only, and
 * needs no storage. A code is taken during its own minute and the next (a slow typist, a clock a
 * little off); never before it was shown, never for another session.
 */
@Singleton
class CheckInCodes {
    private static final String KEY = "attendance.check-in";
    private static final long MINUTE = 60;
    private final Secrets secrets;

    CheckInCodes(Secrets secrets) {
        this.secrets = secrets;
    }

    record Code(String code, Instant validUntil) {
    }

    Code current(long sessionId, Instant now) {
        long minute = now.getEpochSecond() / MINUTE;
        return new Code(code(sessionId, minute), Instant.ofEpochSecond((minute + 1) * MINUTE));
    }

    boolean accepts(long sessionId, String code, Instant now) {
        long minute = now.getEpochSecond() / MINUTE;
        return code(sessionId, minute).equals(code) || code(sessionId, minute - 1).equals(code);
    }

    private String code(long sessionId, long minute) {
        byte[] mac = secrets.sign(KEY, sessionId + ":" + minute);
        int value = ByteBuffer.wrap(mac, 0, 4).getInt() & Integer.MAX_VALUE;
        return String.format("%06d", value % 1_000_000);
    }
}
