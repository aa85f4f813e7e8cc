package org.civitas.schedule;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule's entry point for other features: the facts of sessions and recordings, and who registered.
 * Scheduling, registering and calendars happen behind this package's own endpoints.
 */
@Singleton
public class Schedule {
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final RecordingRepository recordings;

    Schedule(SessionRepository sessions, RegistrationRepository registrations, RecordingRepository recordings) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.recordings = recordings;
    }

    public Optional<SessionFacts> session(long sessionId) {
        return sessions.findById(sessionId).map(SessionFacts::of);
    }

    /** A recording with its session; its length falls back to the session's when the file does not state one. */
    public Optional<RecordingFacts> recording(long recordingId) {
        return recordings.findById(recordingId).flatMap(recording -> session(recording.sessionId()).map(session -> {
            int scheduled = (int) Math.max(60, Duration.between(session.startsAt(), session.endsAt()).toSeconds());
            return new RecordingFacts(recordingId, session,
                    recording.durationSeconds() == null ? scheduled : Math.max(1, recording.durationSeconds()));
        }));
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
