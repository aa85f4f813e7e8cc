package org.civitas.schedule;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("session_registrations")
record RegistrationRow(@Id @GeneratedValue @Nullable Long id,
                       long sessionId,
                       long userId,
                       String status,
                       Instant createdAt,
                       Instant updatedAt,
                       @Nullable Instant remindedDayAt,
                       @Nullable Instant remindedHourAt) {
    static final String REGISTERED = "registered";
    static final String WAITLISTED = "waitlisted";
    static final String CANCELLED = "cancelled";

    RegistrationRow withStatus(String newStatus, Instant now) {
        // a registration made again joins the queue anew: its place follows its new time
        Instant since = CANCELLED.equals(status) ? now : createdAt;
        return new RegistrationRow(id, sessionId, userId, newStatus, since, now, remindedDayAt, remindedHourAt);
    }
}
