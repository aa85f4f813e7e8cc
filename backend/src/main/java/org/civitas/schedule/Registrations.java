package org.civitas.schedule;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.UserView;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;

import java.time.Clock;
import java.time.Instant;

/**
 * Admitted participants register for a session and give their place back. Each takes the
 * session's turn (its row, FOR UPDATE), so the capacity holds under parallel registrations; past
 * it, people wait in the order they came, and a place given back goes to the first of them, who
 * is told. Registering twice is the same as once.
 */
@Singleton
class Registrations {
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Sessions views;
    private final ProgramAccess access;
    private final Accounts accounts;
    private final SessionMail mail;
    private final Waitlist waitlist;
    private final AuditLog audit;
    private final Clock clock;

    Registrations(SessionRepository sessions, RegistrationRepository registrations, Sessions views, ProgramAccess access,
                  Accounts accounts, SessionMail mail, Waitlist waitlist, AuditLog audit, Clock clock) {
        this.waitlist = waitlist;
        this.sessions = sessions;
        this.registrations = registrations;
        this.views = views;
        this.access = access;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    SessionView register(long sessionId, Caller caller) {
        SessionRow session = sessions.lock(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(session.programId(), caller);
        if (!access.isParticipant(session.programId(), caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        Instant now = clock.instant();
        open(session, now);
        var existing = registrations.findBySessionIdAndUserId(sessionId, caller.id());
        if (existing.isPresent() && !RegistrationRow.CANCELLED.equals(existing.get().status())) {
            return views.view(session, caller);
        }
        boolean place = waitlist.placeFree(session);
        String status = place ? RegistrationRow.REGISTERED : RegistrationRow.WAITLISTED;
        if (existing.isPresent()) {
            registrations.update(existing.get().withStatus(status, now));
        } else {
            registrations.save(new RegistrationRow(null, sessionId, caller.id(), status, now, now, null, null));
        }
        UserView person = accounts.find(caller.id()).orElseThrow(ApiException::notFound);
        if (place) {
            mail.invited(session, person);
        } else {
            mail.waitlisted(session, person);
        }
        audit.record("session." + status, caller.id(), "session", sessionId, null, null);
        return views.view(session, caller);
    }

    @Transactional
    SessionView cancel(long sessionId, Caller caller) {
        SessionRow session = sessions.lock(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(session.programId(), caller);
        RegistrationRow registration = registrations.findBySessionIdAndUserId(sessionId, caller.id())
                .filter(r -> !RegistrationRow.CANCELLED.equals(r.status())).orElse(null);
        if (registration == null) {
            return views.view(session, caller);
        }
        Instant now = clock.instant();
        registrations.update(registration.withStatus(RegistrationRow.CANCELLED, now));
        accounts.find(caller.id()).ifPresent(person -> mail.registrationCancelled(session, person));
        audit.record("session.registration_cancelled", caller.id(), "session", sessionId, null, null);
        if (RegistrationRow.REGISTERED.equals(registration.status())) {
            waitlist.promote(session, now);
        }
        return views.view(session, caller);
    }

    private static void open(SessionRow session, Instant now) {
        if (session.cancelled()) {
            throw new ApiException(HttpStatus.CONFLICT, "session_cancelled");
        }
        if (!now.isBefore(session.endsAt())) {
            throw new ApiException(HttpStatus.CONFLICT, "session_over");
        }
    }
}
