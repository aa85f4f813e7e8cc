package org.civitas.identity;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.web.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.ExecutorService;

/**
 * "Forgot password": a one-time link to set a new one, sent to the account's address. The answer
 * is the same, and as quick, whether or not the account exists: the address is looked up and the
 * message queued after answering. Limited per client address (429) and, silently, per account.
 * Setting the password through the link ends the account's other sessions and proves the address.
 */
@Singleton
class PasswordResets {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);
    private final UserRepository users;
    private final PasswordLinks links;
    private final SecurityNotices notices;
    private final RateLimiter limits;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService executor;

    PasswordResets(UserRepository users, PasswordLinks links, SecurityNotices notices, RateLimiter limits, IdentitySettings settings,
                   AuditLog audit, TransactionOperations<Connection> transactions,
                   @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.users = users;
        this.links = links;
        this.notices = notices;
        this.limits = limits;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.executor = executor;
    }

    void request(String email, @Nullable String client) {
        Accounts.throttled(limits.acquire("password-reset:" + Accounts.clientKey(client), settings.maxPasswordLinkAttemptsPerClient(),
                settings.throttleWindow()));
        String normalized = Accounts.normalizeEmail(email);
        executor.execute(() -> {
            try {
                transactions.executeWrite(status -> {
                    send(normalized, client);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("A password reset could not be sent", e);
            }
        });
    }

    private void send(String email, @Nullable String client) {
        UserRow user = users.findByEmail(email).filter(UserRow::enabled).orElse(null);
        if (user == null) {
            audit.record("user.password_reset_unknown", null, "user", null, client, "email=" + email);
            return;
        }
        if (limits.acquire("password-reset-account:" + user.id(), settings.maxPasswordResetsPerAccount(), settings.throttleWindow())
                .isPresent()) {
            audit.record("user.password_reset_throttled", user.id(), "user", user.id(), client, null);
            return;
        }
        PasswordLink link = links.issue(user.requireId(), null);
        notices.passwordLink(user, link, true);
        audit.record("user.password_reset_sent", user.id(), "user", user.id(), client, null);
    }
}
