package org.civitas.schedule;

import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.platform.audit.AuditLog;

import java.time.Instant;

/** Gives free places of a session to those waiting, first come first, and tells them. */
@Singleton
class Waitlist {
    private final RegistrationRepository registrations;
    private final Accounts accounts;
    private final SessionMail mail;
    private final AuditLog audit;

    Waitlist(RegistrationRepository registrations, Accounts accounts, SessionMail mail, AuditLog audit) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
    }

    /** Whether one more person can hold a place: no capacity, or fewer registered than it. Ask under the session's lock. */
    boolean placeFree(SessionRow session) {
        return session.capacity() == null
                || registrations.countBySessionIdAndStatus(session.requireId(), RegistrationRow.REGISTERED) < session.capacity();
    }

    /** Under the session's lock (the caller's transaction holds it): a place given back, or more places. */
    void promote(SessionRow session, Instant now) {
        if (session.cancelled() || !now.isBefore(session.endsAt())) {
            return;
        }
        long sessionId = session.requireId();
        while (placeFree(session)) {
            var waiting = registrations.findFirstWaiting(sessionId);
            if (waiting.isEmpty()) {
                return;
            }
            registrations.update(waiting.get().withStatus(RegistrationRow.REGISTERED, now));
            accounts.find(waiting.get().userId()).ifPresent(person -> mail.placeFreed(session, person));
            audit.record("session.place_given", null, "session", sessionId, null, "user=" + waiting.get().userId());
        }
    }
}
