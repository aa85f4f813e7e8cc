package org.civitas.schedule;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Reminds registrants a day and an hour before a session. Each reminder is marked sent in the same
 * transaction that queues it, so a reminder is sent once even when two instances run the job; a
 * person who registers within the hour gets only the second.
 */
@Singleton
class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Accounts accounts;
    private final SessionMail mail;
    private final ScheduleSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Reminders(SessionRepository sessions, RegistrationRepository registrations, Accounts accounts, SessionMail mail,
              ScheduleSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.accounts = accounts;
        this.mail = mail;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "30s")
    void remind() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.error("Session reminders stopped for this pass", e);
        }
    }

    /** Queues the reminders that are due; answers how many. */
    int send() {
        Instant now = clock.instant();
        int sent = 0;
        for (SessionRow session : sessions.findStartingBetween(now, now.plus(settings.firstReminder()))) {
            boolean soon = !session.startsAt().isAfter(now.plus(settings.secondReminder()));
            var due = soon ? registrations.findDueSecondReminder(session.requireId()) : registrations.findDueFirstReminder(session.requireId());
            for (RegistrationRow registration : due) {
                Boolean queued = transactions.executeWrite(status -> {
                    long id = Objects.requireNonNull(registration.id());
                    // marking both when it is soon: a day-before reminder an hour before would only be noise
                    int marked = soon ? registrations.markSecondReminder(id, now) : registrations.markFirstReminder(id, now);
                    if (soon) {
                        registrations.markFirstReminder(id, now);
                    }
                    if (marked == 0) {
                        return false;
                    }
                    accounts.find(registration.userId()).ifPresent(person -> mail.reminder(session, person, soon));
                    return true;
                });
                if (Boolean.TRUE.equals(queued)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
