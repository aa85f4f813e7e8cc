package org.civitas.schedule;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.enrollment.Enrollment;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.UserView;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.WebAddresses;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions of a program's modules, scheduled by its administrators and trainers and seen by
 * whoever may see the program. Changing the time or place of a session, or cancelling it, tells
 * its registrants (with the calendar event updated in place).
 */
@Singleton
class Sessions {
    static final String DEFAULT_ZONE = "Europe/Kyiv";
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final ProgramAccess access;
    private final Catalog catalog;
    private final Enrollment enrollment;
    private final Accounts accounts;
    private final SessionMail mail;
    private final Waitlist waitlist;
    private final ScheduleSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Sessions(SessionRepository sessions, RegistrationRepository registrations, ProgramAccess access, Catalog catalog,
             Enrollment enrollment, Accounts accounts, SessionMail mail, Waitlist waitlist, ScheduleSettings settings, AuditLog audit,
             Clock clock) {
        this.waitlist = waitlist;
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.accounts = accounts;
        this.mail = mail;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    SessionView create(long programId, long moduleId, SessionRequest request, Caller caller) {
        access.requireManage(programId, caller);
        catalog.module(programId, moduleId).orElseThrow(ApiException::notFound);
        Instant now = clock.instant();
        SessionRow saved = sessions.save(toRow(null, programId, moduleId, UUID.randomUUID() + "@civitas", request,
                SessionRow.SCHEDULED, null, 0, now, now, null));
        audit.record("session.created", caller.id(), "session", saved.id(), null, "program=" + programId);
        return view(saved, caller);
    }

    SessionView get(long sessionId, @Nullable Caller caller) {
        SessionRow row = sessions.findById(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(row.programId(), caller);
        return view(row, caller);
    }

    @Transactional
    SessionView update(long sessionId, SessionRequest request, Caller caller) {
        SessionRow current = sessions.lock(sessionId).orElseThrow(ApiException::notFound);
        access.requireManage(current.programId(), caller);
        if (request.version() == null) {
            throw ApiException.invalidField("version", "required");
        }
        if (!request.version().equals(current.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        if (current.cancelled()) {
            throw new ApiException(HttpStatus.CONFLICT, "session_cancelled");
        }
        SessionRow changed = toRow(sessionId, current.programId(), current.moduleId(), current.uid(), request, current.status(),
                null, current.sequence(), current.createdAt(), clock.instant(), current.version());
        boolean moved = !changed.startsAt().equals(current.startsAt()) || !changed.endsAt().equals(current.endsAt())
                || !changed.timeZone().equals(current.timeZone()) || !changed.format().equals(current.format())
                || !Objects.equals(changed.venue(), current.venue()) || !Objects.equals(changed.address(), current.address())
                || !Objects.equals(changed.room(), current.room()) || !changed.title().equals(current.title());
        if (moved) {
            changed = withSequence(changed, current.sequence() + 1);
        }
        SessionRow saved = sessions.update(changed);
        waitlist.promote(saved, clock.instant());
        if (moved) {
            registrations.resetReminders(sessionId);
            mail.updated(saved, people(registrations.findActive(sessionId), RegistrationRow.REGISTERED));
        }
        audit.record("session.updated", caller.id(), "session", sessionId, null, moved ? "time_or_place_changed" : null);
        return view(saved, caller);
    }

    @Transactional
    SessionView cancel(long sessionId, @Nullable String reason, Caller caller) {
        SessionRow current = sessions.lock(sessionId).orElseThrow(ApiException::notFound);
        access.requireManage(current.programId(), caller);
        if (current.cancelled()) {
            return view(current, caller);
        }
        SessionRow saved = sessions.update(current.cancelledBecause(reason == null || reason.isBlank() ? null : reason.strip(),
                clock.instant()));
        mail.cancelled(saved, people(registrations.findActive(sessionId), null));
        audit.record("session.cancelled", caller.id(), "session", sessionId, null, null);
        return view(saved, caller);
    }

    @Transactional
    void delete(long sessionId, Caller caller) {
        SessionRow current = sessions.lock(sessionId).orElseThrow(ApiException::notFound);
        access.requireManage(current.programId(), caller);
        if (!registrations.findActive(sessionId).isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "session_has_registrations");
        }
        sessions.delete(current);
        audit.record("session.deleted", caller.id(), "session", sessionId, null, "program=" + current.programId());
    }

    /** The session as a calendar file, for whoever may see it. */
    String calendar(long sessionId, @Nullable Caller caller) {
        SessionRow row = sessions.findById(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(row.programId(), caller);
        String language = caller == null ? "uk" : accounts.find(caller.id()).map(UserView::language).orElse("uk");
        return ICalendar.message(row, mail.context(row, language, null), ICalendar.PUBLISH, clock.instant());
    }

    List<SessionView> ofProgram(long programId, @Nullable Caller caller) {
        access.requireView(programId, caller);
        return views(sessions.findByProgram(programId), caller);
    }

    /** The sessions of every program the caller is admitted to, in time order. */
    List<SessionView> mine(Caller caller) {
        List<Long> programs = enrollment.admittedProgramIds(caller.id());
        return programs.isEmpty() ? List.of() : views(sessions.findByPrograms(programs), caller);
    }

    SessionView view(SessionRow row, @Nullable Caller caller) {
        return views(List.of(row), caller).getFirst();
    }

    private List<SessionView> views(List<SessionRow> rows, @Nullable Caller caller) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, String> mine = new HashMap<>();
        if (caller != null) {
            registrations.findOfUser(caller.id(), rows.stream().map(SessionRow::requireId).toList()).stream()
                    .filter(r -> !RegistrationRow.CANCELLED.equals(r.status()))
                    .forEach(r -> mine.put(r.sessionId(), r.status()));
        }
        Map<Long, ProgramFacts> programs = catalog.facts(rows.stream().map(SessionRow::programId).distinct().toList());
        Map<String, Long> counts = new HashMap<>();
        registrations.countBySessions(rows.stream().map(SessionRow::requireId).toList())
                .forEach(c -> counts.put(c.sessionId() + ":" + c.status(), c.people()));
        Map<Long, Boolean> managed = new HashMap<>();
        Map<Long, Boolean> participant = new HashMap<>();
        List<SessionView> views = new ArrayList<>();
        for (SessionRow row : rows) {
            long programId = row.programId();
            boolean manager = managed.computeIfAbsent(programId, id -> access.canManage(id, caller));
            boolean admitted = participant.computeIfAbsent(programId, id -> access.isParticipant(id, caller));
            ProgramFacts program = programs.get(programId);
            views.add(SessionView.of(row, new SessionView.Viewer(manager, admitted, mine.get(row.requireId())),
                    counts.getOrDefault(row.requireId() + ":" + RegistrationRow.REGISTERED, 0L),
                    counts.getOrDefault(row.requireId() + ":" + RegistrationRow.WAITLISTED, 0L),
                    manager && outside(row, program), row.startsAt().minus(settings.meetingUrlRevealBefore()), now));
        }
        return views;
    }

    private static boolean outside(SessionRow row, @Nullable ProgramFacts program) {
        if (program == null || program.startsOn() == null || program.endsOn() == null) {
            return false;
        }
        ZoneId zone = ZoneId.of(row.timeZone());
        LocalDate starts = row.startsAt().atZone(zone).toLocalDate();
        LocalDate ends = row.endsAt().atZone(zone).toLocalDate();
        return starts.isBefore(program.startsOn()) || ends.isAfter(program.endsOn());
    }

    /** The people behind registrations, of one status or of any. */
    List<UserView> people(List<RegistrationRow> rows, @Nullable String status) {
        return rows.stream().filter(r -> status == null || status.equals(r.status()))
                .map(r -> accounts.find(r.userId())).flatMap(Optional::stream).filter(UserView::enabled).toList();
    }

    private static SessionRow withSequence(SessionRow r, int sequence) {
        return new SessionRow(r.id(), r.programId(), r.moduleId(), r.uid(), r.title(), r.description(), r.speakers(), r.startsAt(),
                r.endsAt(), r.timeZone(), r.format(), r.meetingUrl(), r.venue(), r.address(), r.room(), r.capacity(),
                r.registrationRequired(), r.status(), r.cancellationReason(), sequence, r.createdAt(), r.updatedAt(), r.version());
    }

    /** Checks what the annotations cannot (the zone, the order of times, what each format needs) and makes the row. */
    private static SessionRow toRow(@Nullable Long id, long programId, long moduleId, String uid, SessionRequest r, String status,
                                    @Nullable String reason, int sequence, Instant createdAt, Instant updatedAt,
                                    @Nullable Long version) {
        List<ApiException.FieldError> problems = new ArrayList<>();
        String zone = r.timeZone() == null || r.timeZone().isBlank() ? DEFAULT_ZONE : r.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(new ApiException.FieldError("timeZone", "unknown_time_zone"));
        }
        Instant starts = Objects.requireNonNull(r.startsAt()).toInstant();
        Instant ends = Objects.requireNonNull(r.endsAt()).toInstant();
        if (!ends.isAfter(starts)) {
            problems.add(new ApiException.FieldError("endsAt", "ends_before_start"));
        }
        String format = Objects.requireNonNull(r.format());
        String meetingUrl = blankToNull(r.meetingUrl());
        String venue = blankToNull(r.venue());
        if (!format.equals("in_person") && meetingUrl == null) {
            problems.add(new ApiException.FieldError("meetingUrl", "meeting_url_required"));
        } else if (meetingUrl != null && !WebAddresses.isWebAddress(meetingUrl)) {
            problems.add(new ApiException.FieldError("meetingUrl", "not_a_web_address"));
        }
        if (!format.equals("online") && venue == null) {
            problems.add(new ApiException.FieldError("venue", "venue_required"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", problems, Map.of());
        }
        boolean online = format.equals("online");
        return new SessionRow(id, programId, moduleId, uid, Objects.requireNonNull(r.title()).strip(),
                r.description() == null ? "" : r.description().strip(), r.speakers() == null ? List.of() : r.speakers(),
                starts, ends, zone, format, format.equals("in_person") ? null : meetingUrl, online ? null : venue,
                online ? null : blankToNull(r.address()), online ? null : blankToNull(r.room()), r.capacity(),
                r.registrationRequired(), status, reason, sequence, createdAt, updatedAt, version);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
