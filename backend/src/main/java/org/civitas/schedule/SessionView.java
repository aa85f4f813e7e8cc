package org.civitas.schedule;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A session as a viewer may see it. meetingUrl is given only to the program's managers, and to
 * its admitted participants from meetingUrlAvailableAt until the end; to everyone else it is null.
 * startsAt and endsAt are in the session's own time zone, with its offset. myRegistration is the
 * viewer's (registered, waitlisted or null); outsideProgramDates warns editors of a session that
 * lies outside the program's dates (allowed: a kickoff, a make-up session).
 */
@Serdeable
record SessionView(long id, long programId, long moduleId, String title, String description, List<Speaker> speakers,
                   OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone,
                   @Schema(allowableValues = {"online", "in_person", "hybrid"}) String format,
                   @Nullable String meetingUrl, @Nullable Instant meetingUrlAvailableAt,
                   @Nullable String venue, @Nullable String address, @Nullable String room,
                   @Nullable Integer capacity, boolean registrationRequired,
                   @Schema(allowableValues = {"scheduled", "live", "completed", "cancelled"}) String status,
                   @Nullable String cancellationReason, long registered, long waitlisted,
                   @Schema(allowableValues = {"registered", "waitlisted"}) @Nullable String myRegistration,
                   boolean outsideProgramDates, long version) {

    record Viewer(boolean manager, boolean participant, @Nullable String registration) {
    }

    static SessionView of(SessionRow row, Viewer viewer, long registered, long waitlisted, boolean outsideProgramDates,
                          Instant revealAt, Instant now) {
        ZoneId zone = ZoneId.of(row.timeZone());
        boolean revealed = viewer.manager() || viewer.participant() && !now.isBefore(revealAt) && now.isBefore(row.endsAt());
        return new SessionView(row.requireId(), row.programId(), row.moduleId(), row.title(), row.description(), row.speakers(),
                row.startsAt().atZone(zone).toOffsetDateTime(), row.endsAt().atZone(zone).toOffsetDateTime(), row.timeZone(),
                row.format(), revealed ? row.meetingUrl() : null,
                row.meetingUrl() == null || viewer.manager() || !viewer.participant() ? null : revealAt,
                row.venue(), row.address(), row.room(), row.capacity(), row.registrationRequired(), row.statusAt(now),
                row.cancellationReason(), registered, waitlisted, viewer.registration(), outsideProgramDates,
                row.version() == null ? 0 : row.version());
    }
}
