package org.civitas.enrollment;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A learner admitted to a program, with the profile of their application, for other features. */
public record Participant(long userId, long applicationId, String surname, String givenName, @Nullable String patronymic,
                          String email, String phone, String region, String organization, String position,
                          String category, @Nullable String gender, Instant admittedAt) {
    static Participant of(ApplicationRow row) {
        Profile p = row.profile();
        return new Participant(row.userId(), row.requireId(), p.surname(), p.givenName(), p.patronymic(), p.email(), p.phone(),
                p.region(), p.organization(), p.position(), p.category(), p.gender(),
                row.decidedAt() == null ? row.updatedAt() : row.decidedAt());
    }
}
