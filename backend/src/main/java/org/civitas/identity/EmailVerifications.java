package org.civitas.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.web.RateLimiter;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Proof that a person reads mail at their account's address: a link sent there at sign-up (and
 * again when they ask, a few times an hour), used once, expiring; only its token's hash is kept.
 * A link proves only the address it was sent to. Until proven, the account can sign in and apply,
 * but participant imports do not match it silently.
 */
@Singleton
class EmailVerifications {
    static final String PAGE = "/verify-email#";
    private final EmailVerificationRepository links;
    private final UserRepository users;
    private final Outbox outbox;
    private final RateLimiter limits;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    EmailVerifications(EmailVerificationRepository links, UserRepository users, Outbox outbox, RateLimiter limits,
                       IdentitySettings settings, AuditLog audit, Clock clock) {
        this.links = links;
        this.users = users;
        this.outbox = outbox;
        this.limits = limits;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a new link to the user's address, in the caller's transaction (it goes if that commits). */
    void send(UserRow user) {
        String token = Sessions.randomToken();
        Instant now = clock.instant();
        links.save(new EmailVerificationRow(Sessions.hash(token), user.requireId(), user.email(), now,
                now.plus(settings.emailVerificationValidity()), null));
        outbox.queue(new Mail("identity.verify_email", user.email(), user.id(), user.language(), "identity/verify-email",
                Map.of("name", user.givenName(), "email", user.email(), "link", outbox.link(PAGE + token),
                        "days", String.valueOf(settings.emailVerificationValidity().toDays())), null));
    }

    /** The signed-in person asks for the link again; a few times per window, and not once proven. */
    @Transactional
    void resend(Caller caller) {
        UserRow user = users.findById(caller.id()).orElseThrow(ApiException::notFound);
        if (user.emailVerified()) {
            throw new ApiException(HttpStatus.CONFLICT, "email_already_verified");
        }
        Accounts.throttled(limits.acquire("verify-resend:" + user.id(), settings.maxVerificationEmailsPerAccount(),
                settings.throttleWindow()));
        send(user);
        audit.record("user.email_verification_sent", user.id(), "user", user.id(), null, null);
    }

    /** Uses a link: the account's address is proven if it is still the one the link was sent to. */
    @Transactional
    MeView verify(String token, @Nullable String client) {
        Accounts.throttled(limits.acquire("verify-email:" + Accounts.clientKey(client), settings.maxPasswordLinkAttemptsPerClient(),
                settings.throttleWindow()));
        EmailVerificationRow link = links.findById(Sessions.hash(token))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "verification_link_invalid"));
        Instant now = clock.instant();
        if (link.usedAt() != null) {
            throw new ApiException(HttpStatus.GONE, "verification_link_used");
        }
        if (now.isAfter(link.expiresAt())) {
            throw new ApiException(HttpStatus.GONE, "verification_link_expired");
        }
        UserRow user = users.findById(link.userId()).filter(u -> u.email().equals(link.email()))
                .orElseThrow(() -> new ApiException(HttpStatus.GONE, "verification_link_expired"));
        links.markUsed(link.tokenHash(), now);
        UserRow saved = user.emailVerified() ? user : users.update(user.withEmailVerified(now));
        audit.record("user.email_verified", user.id(), "user", user.id(), client, null);
        return MeView.of(saved);
    }
}
