package org.civitas.schedule;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("sessions")
record SessionRow(@Id @GeneratedValue @Nullable Long id,
                  long programId,
                  long moduleId,
                  String uid,
                  String title,
                  String description,
                  @TypeDef(type = DataType.STRING, converter = SpeakersConverter.class) List<Speaker> speakers,
                  Instant startsAt,
                  Instant endsAt,
                  String timeZone,
                  String format,
                  @Nullable String meetingUrl,
                  @Nullable String venue,
                  @Nullable String address,
                  @Nullable String room,
                  @Nullable Integer capacity,
                  boolean registrationRequired,
                  String status,
                  @Nullable String cancellationReason,
                  int sequence,
                  Instant createdAt,
                  Instant updatedAt,
                  @Version @Nullable Long version) {
    static final String SCHEDULED = "scheduled";
    static final String CANCELLED = "cancelled";

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("session not saved yet");
        }
        return id;
    }

    boolean cancelled() {
        return CANCELLED.equals(status);
    }

    /** scheduled, live or completed by the clock; cancelled as kept. */
    String statusAt(Instant now) {
        if (cancelled()) {
            return CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return SCHEDULED;
        }
        return now.isBefore(endsAt) ? "live" : "completed";
    }

    SessionRow cancelledBecause(@Nullable String reason, Instant now) {
        return new SessionRow(id, programId, moduleId, uid, title, description, speakers, startsAt, endsAt, timeZone, format,
                meetingUrl, venue, address, room, capacity, registrationRequired, CANCELLED, reason, sequence + 1, createdAt, now, version);
    }
}
