package org.civitas.schedule;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule's entry point for other features: the facts of sessions and who registered.
 * Scheduling, registering and calendars happen behind this package's own endpoints.
 */
@Singleton
public class Schedule {
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;

    Schedule(SessionRepository sessions, RegistrationRepository registrations) {
        this.sessions = sessions;
        this.registrations = registrations;
    }

    public Optional<SessionFacts> session(long sessionId) {
        return sessions.findById(sessionId).map(SessionFacts::of);
    }

    /** The program's sessions in time order. */
    public List<SessionFacts> ofProgram(long programId) {
        return sessions.findByProgram(programId).stream().map(SessionFacts::of).toList();
    }

    /** The users holding a place at the session (not waitlisted, not cancelled), in one query. */
    public Set<Long> registeredUserIds(long sessionId) {
        return Set.copyOf(registrations.findRegisteredUserIds(sessionId));
    }

    /** Whether the user holds a place at the session (not waitlisted, not cancelled). */
    public boolean isRegistered(long sessionId, long userId) {
        return registrations.findBySessionIdAndUserId(sessionId, userId)
                .map(r -> RegistrationRow.REGISTERED.equals(r.status())).orElse(false);
    }
}
