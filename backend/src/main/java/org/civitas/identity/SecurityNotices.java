package org.civitas.identity;

import jakarta.inject.Singleton;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;

import java.util.Map;

/**
 * Messages about a person's own account that they cannot turn off: a password that changed (so a
 * stranger's change does not go unnoticed), a link to set a password. Queued in the caller's
 * transaction.
 */
@Singleton
class SecurityNotices {
    private final Outbox outbox;

    SecurityNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    void passwordChanged(UserRow user) {
        outbox.queue(new Mail("identity.password_changed", user.email(), user.id(), user.language(), "identity/password-changed",
                Map.of("name", user.givenName(), "email", user.email(), "link", outbox.link("/login")), null));
    }

    /** Told at the old address: the account now answers to another one. */
    void emailChanged(UserRow before, String newEmail) {
        outbox.queue(new Mail("identity.email_changed", before.email(), before.id(), before.language(), "identity/email-changed",
                Map.of("name", before.givenName(), "email", before.email(), "newEmail", newEmail, "link", outbox.link("/login")), null));
    }

    /** A link to set a password: asked for by the person (a reset) or sent by an administrator. */
    void passwordLink(UserRow user, PasswordLink link, boolean reset) {
        outbox.queue(new Mail(reset ? "identity.password_reset" : "identity.password_link", user.email(), user.id(),
                user.language(), reset ? "identity/password-reset" : "identity/password-link",
                Map.of("name", user.givenName(), "email", user.email(), "link", outbox.link(link.path()),
                        "until", link.expiresAt().toString().substring(0, 10)), null));
    }
}
