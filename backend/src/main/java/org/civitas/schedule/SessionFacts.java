package org.civitas.schedule;

import java.time.Instant;

/** What other features need to know of a session: attendance checks in and records by these. */
public record SessionFacts(long id, long programId, long moduleId, String title, Instant startsAt, Instant endsAt,
                           String timeZone, boolean cancelled, boolean registrationRequired) {
    static SessionFacts of(SessionRow row) {
        return new SessionFacts(row.requireId(), row.programId(), row.moduleId(), row.title(), row.startsAt(), row.endsAt(),
                row.timeZone(), row.cancelled(), row.registrationRequired());
    }
}
