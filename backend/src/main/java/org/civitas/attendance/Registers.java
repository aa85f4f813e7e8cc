package org.civitas.attendance;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.enrollment.Enrollment;
import org.civitas.enrollment.Participant;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.database.Deadlocks;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.QrCodes;
import org.civitas.platform.web.RateLimiter;
import org.civitas.schedule.Schedule;
import org.civitas.schedule.SessionFacts;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The attendance register of a session: admitted learners check themselves in with the code the
 * trainer shows, the program's trainers mark anyone, and every change is kept with who made it,
 * when, and from what to what. Nobody marks anyone else unless they manage the program.
 */
@Singleton
class Registers {
    private static final int PAGE = 500;
    private final AttendanceRepository records;
    private final AttendanceChangeRepository changes;
    private final Schedule schedule;
    private final ProgramAccess access;
    private final Enrollment enrollment;
    private final CheckInCodes codes;
    private final RateLimiter limits;
    private final Outbox outbox;
    private final AttendanceSettings settings;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<AttendanceRecorded> events;
    private final Clock clock;

    Registers(AttendanceRepository records, AttendanceChangeRepository changes, Schedule schedule, ProgramAccess access,
              Enrollment enrollment, CheckInCodes codes, RateLimiter limits, Outbox outbox, AttendanceSettings settings,
              AuditLog audit, TransactionOperations<Connection> transactions, ApplicationEventPublisher<AttendanceRecorded> events,
              Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.records = records;
        this.changes = changes;
        this.schedule = schedule;
        this.access = access;
        this.enrollment = enrollment;
        this.codes = codes;
        this.limits = limits;
        this.outbox = outbox;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    Views.CheckInCode checkInCode(long sessionId, Caller caller) {
        SessionFacts session = managed(sessionId, caller);
        Instant now = clock.instant();
        CheckInCodes.Code code = codes.current(sessionId, now);
        Instant opens = session.startsAt().minus(settings.checkInOpensBefore());
        String url = outbox.link("/sessions/" + sessionId + "/check-in?code=" + code.code());
        return new Views.CheckInCode(sessionId, code.code(), code.validUntil(), url, QrCodes.svg(url), opens, session.endsAt(),
                !session.cancelled() && !now.isBefore(opens) && now.isBefore(session.endsAt()));
    }

    /** The learner checks in with the code on the screen: present, or late past the grace after the start. Twice is once. */
    Views.Entry checkIn(long sessionId, String code, Caller caller) {
        return Deadlocks.retried(transactions, status -> checkingIn(sessionId, code, caller));
    }

    private Views.Entry checkingIn(long sessionId, String code, Caller caller) {
        SessionFacts session = schedule.session(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(session.programId(), caller);
        if (!access.isParticipant(session.programId(), caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        boolean registered = schedule.isRegistered(sessionId, caller.id());
        if (session.registrationRequired() && !registered) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_registered");
        }
        Instant now = clock.instant();
        if (session.cancelled()) {
            throw new ApiException(HttpStatus.CONFLICT, "session_cancelled");
        }
        if (now.isBefore(session.startsAt().minus(settings.checkInOpensBefore()))) {
            throw new ApiException(HttpStatus.CONFLICT, "check_in_not_open");
        }
        if (!now.isBefore(session.endsAt())) {
            throw new ApiException(HttpStatus.CONFLICT, "check_in_closed");
        }
        Optional<Duration> wait = limits.acquire("check-in:" + sessionId + ":" + caller.id(), settings.maxCodeAttempts(),
                Duration.ofMinutes(10));
        if (wait.isPresent()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", List.of(),
                    Map.of("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds()))));
        }
        if (!codes.accepts(sessionId, code, now)) {
            throw ApiException.invalidField("code", "check_in_code_invalid");
        }
        Optional<AttendanceRow> current = records.findBySessionIdAndUserId(sessionId, caller.id());
        if (current.isPresent() && (current.get().status().equals("present") || current.get().status().equals("late"))) {
            return entry(current.get(), participant(session.programId(), caller.id()), registered);
        }
        AttendanceStatus status = now.isAfter(session.startsAt().plus(settings.lateAfter())) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        AttendanceRow saved = write(sessionId, caller.id(), status, null, AttendanceRow.SELF_CHECK_IN, null, caller.id(), now);
        return entry(saved, participant(session.programId(), caller.id()), registered);
    }

    /** The register: every admitted participant of the program, with their record if there is one. */
    List<Views.Entry> register(long sessionId, Caller caller) {
        SessionFacts session = managed(sessionId, caller);
        Map<Long, AttendanceRow> byUser = new HashMap<>();
        records.findBySessionId(sessionId).forEach(r -> byUser.put(r.userId(), r));
        Set<Long> registeredIds = schedule.registeredUserIds(sessionId);
        List<Views.Entry> entries = new ArrayList<>();
        for (Participant participant : participants(session.programId())) {
            AttendanceRow row = byUser.get(participant.userId());
            boolean registered = registeredIds.contains(participant.userId());
            entries.add(row == null ? new Views.Entry(sessionId, participant.userId(), fullName(participant), participant.email(),
                    participant.organization(), registered, null, null, null, null, null, null) : entry(row, participant, registered));
        }
        return entries;
    }

    Views.Entry mark(long sessionId, long userId, Views.Mark request, Caller caller) {
        return Deadlocks.retried(transactions, status -> marking(sessionId, userId, request, caller));
    }

    private Views.Entry marking(long sessionId, long userId, Views.Mark request, Caller caller) {
        SessionFacts session = managed(sessionId, caller);
        Participant participant = participant(session.programId(), userId);
        AttendanceStatus status = AttendanceStatus.parse(Objects.requireNonNull(request.status())).orElseThrow();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        AttendanceRow saved = write(sessionId, userId, status, request.minutes(), AttendanceRow.TRAINER, note, caller.id(), clock.instant());
        return entry(saved, participant, schedule.isRegistered(sessionId, userId));
    }

    List<Views.Change> history(long sessionId, Caller caller) {
        managed(sessionId, caller);
        return changes.findOfSession(sessionId).stream().map(Views.Change::of).toList();
    }

    /** The registers of every session of the program, for an export: participant by session. */
    ProgramRegister programRegister(long programId, Caller caller) {
        access.requireManage(programId, caller);
        List<SessionFacts> sessions = schedule.ofProgram(programId);
        Map<Long, Map<Long, AttendanceRow>> bySession = new HashMap<>();
        if (!sessions.isEmpty()) {
            records.findBySessions(sessions.stream().map(SessionFacts::id).toList())
                    .forEach(r -> bySession.computeIfAbsent(r.sessionId(), k -> new HashMap<>()).put(r.userId(), r));
        }
        return new ProgramRegister(sessions, participants(programId), bySession);
    }

    record ProgramRegister(List<SessionFacts> sessions, List<Participant> participants, Map<Long, Map<Long, AttendanceRow>> records) {
    }

    SessionFacts managed(long sessionId, Caller caller) {
        SessionFacts session = schedule.session(sessionId).orElseThrow(ApiException::notFound);
        access.requireManage(session.programId(), caller);
        return session;
    }

    /**
     * What a meeting report says of a participant: present or absent with their minutes. A record a
     * person or a trainer made (present, late, excused) keeps its status and takes the minutes.
     */
    void imported(long sessionId, long userId, boolean present, int minutes, long actor, Instant now) {
        AttendanceRow current = records.lock(sessionId, userId).orElse(null); // a check-in meanwhile is not overwritten
        AttendanceStatus status = current != null && !current.status().equals(AttendanceStatus.ABSENT.code())
                ? AttendanceStatus.parse(current.status()).orElseThrow()
                : present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
        write(sessionId, userId, status, minutes, AttendanceRow.IMPORTED_REPORT, null, actor, now);
    }

    /**
     * A learner who missed the session watched enough of its recording: present, via recording,
     * unless they were there after all (present or late) by the time this runs.
     */
    void watchedRecording(long sessionId, long userId, int minutes, Instant now) {
        AttendanceRow current = records.lock(sessionId, userId).orElse(null);
        if (current == null || current.status().equals(AttendanceStatus.ABSENT.code())
                || current.status().equals(AttendanceStatus.EXCUSED.code())) {
            write(sessionId, userId, AttendanceStatus.PRESENT, minutes, AttendanceRow.RECORDING, null, userId, now);
        }
    }

    /** Writes the record under its row lock and keeps the change; the first record of two at once loses on the unique key and updates instead. */
    private AttendanceRow write(long sessionId, long userId, AttendanceStatus status, @Nullable Integer minutes, String source,
                                @Nullable String note, long actor, Instant now) {
        AttendanceRow current = records.lock(sessionId, userId).orElse(null);
        AttendanceRow saved;
        if (current == null) {
            try {
                saved = records.save(new AttendanceRow(null, sessionId, userId, status.code(), minutes, source, note, actor, now, null));
            } catch (DataAccessException raced) {
                current = records.lock(sessionId, userId).orElseThrow(() -> raced);
                saved = records.update(changed(current, status, minutes, source, note, actor, now));
            }
        } else {
            saved = records.update(changed(current, status, minutes, source, note, actor, now));
        }
        changes.save(new AttendanceChangeRow(null, sessionId, userId, actor, now, current == null ? null : current.status(),
                status.code(), current == null ? null : current.minutes(), minutes, source, note));
        audit.record("attendance.changed", actor, "session", sessionId, null,
                "user=" + userId + " " + (current == null ? "none" : current.status()) + "->" + status.code() + " source=" + source);
        events.publishEvent(new AttendanceRecorded(sessionId, userId, status.code(), source));
        return saved;
    }

    private static AttendanceRow changed(AttendanceRow current, AttendanceStatus status, @Nullable Integer minutes, String source,
                                         @Nullable String note, long actor, Instant now) {
        return new AttendanceRow(current.id(), current.sessionId(), current.userId(), status.code(), minutes, source, note, actor, now,
                current.version());
    }

    List<Participant> participants(long programId) {
        List<Participant> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<Participant> batch = enrollment.admittedParticipants(programId, page, PAGE);
            all.addAll(batch.items());
            if (page + 1 >= batch.totalPages()) {
                return all;
            }
        }
    }

    private Participant participant(long programId, long userId) {
        return enrollment.admittedParticipant(programId, userId).orElseThrow(ApiException::notFound);
    }

    static String fullName(Participant p) {
        return p.patronymic() == null ? p.surname() + " " + p.givenName() : p.surname() + " " + p.givenName() + " " + p.patronymic();
    }

    private static Views.Entry entry(AttendanceRow row, Participant participant, boolean registered) {
        return new Views.Entry(row.sessionId(), row.userId(), fullName(participant), participant.email(), participant.organization(),
                registered, row.status(), row.minutes(), row.source(), row.note(), row.updatedAt(), row.updatedBy());
    }
}
