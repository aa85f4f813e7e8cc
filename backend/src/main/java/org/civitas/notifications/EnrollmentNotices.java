package org.civitas.notifications;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramFacts;
import org.civitas.enrollment.ApplicationDecided;
import org.civitas.enrollment.ApplicationSubmitted;
import org.civitas.identity.Accounts;
import org.civitas.identity.UserView;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;

import java.util.Map;

/**
 * Tells applicants that their application arrived and what was decided, with the administrator's
 * message. Listens before the enrollment's transaction commits, so the message is written in that
 * same transaction (the outbox): it goes if and only if the decision holds.
 */
@Singleton
class EnrollmentNotices {
    private final Outbox outbox;
    private final Preferences preferences;
    private final UnsubscribeLinks unsubscribe;
    private final Accounts accounts;
    private final Catalog catalog;

    EnrollmentNotices(Outbox outbox, Preferences preferences, UnsubscribeLinks unsubscribe, Accounts accounts, Catalog catalog) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.unsubscribe = unsubscribe;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.BEFORE_COMMIT)
    void onSubmitted(ApplicationSubmitted event) {
        tell(event.userId(), event.programId(), NotificationKind.APPLICATION_RECEIVED, "notifications/application-received", "");
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.BEFORE_COMMIT)
    void onDecided(ApplicationDecided event) {
        tell(event.userId(), event.programId(), NotificationKind.APPLICATION_DECIDED, "notifications/application-" + event.status(),
                event.message() == null ? "" : event.message());
    }

    private void tell(long userId, long programId, NotificationKind kind, String template, String message) {
        UserView user = accounts.find(userId).filter(UserView::enabled).orElse(null);
        ProgramFacts program = catalog.facts(programId).orElse(null);
        if (user == null || program == null || !preferences.wants(userId, kind)) {
            return;
        }
        outbox.queue(new Mail("enrollment." + kind.code, user.email(), userId, user.language(), template,
                Map.of("name", user.givenName(), "program", program.title(), "message", message,
                        "link", outbox.link("/my-programs")), unsubscribe.of(userId, kind)));
    }
}
