package org.civitas.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.RateLimiter;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;

/**
 * One-time links to set a password: handed out by an administrator (for accounts made by an
 * import, or to let someone back in), opened by their owner. A new link replaces the user's
 * open one; setting the password uses the link up and ends the user's other sessions.
 */
@Singleton
class PasswordLinks {
    private final PasswordLinkRepository links;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final RateLimiter limits;
    private final SecurityNotices notices;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    PasswordLinks(PasswordLinkRepository links, UserRepository users, PasswordHasher hasher, Sessions sessions,
                  RateLimiter limits, SecurityNotices notices, IdentitySettings settings, AuditLog audit, Clock clock) {
        this.limits = limits;
        this.notices = notices;
        this.links = links;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PasswordLink issue(long userId, @Nullable Long actorId) {
        UserRow user = users.findById(userId).orElseThrow(ApiException::notFound);
        if (!user.enabled()) {
            throw ApiException.conflict("account_disabled", null);
        }
        links.deleteOpenOf(userId);
        String token = Sessions.randomToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.passwordLinkValidity());
        links.save(new PasswordLinkRow(Sessions.hash(token), userId, actorId, now, expiresAt, null));
        audit.record("user.password_link_issued", actorId, "user", userId, null, null);
        return new PasswordLink(userId, user.email(), user.fullName(), PasswordLink.PAGE + token, expiresAt, false);
    }

    PasswordLinkView check(String token, @Nullable String client) {
        PasswordLinkRow link = open(token, client);
        UserRow user = users.findById(link.userId()).orElseThrow(PasswordLinks::invalid);
        return new PasswordLinkView(user.email(), user.fullName(), link.expiresAt());
    }

    /** Sets the password the link is for; the caller opens a session for the returned user. */
    @Transactional
    MeView redeem(String token, String password, @Nullable String client) {
        PasswordLinkRow link = open(token, client);
        UserRow user = users.findById(link.userId()).orElseThrow(PasswordLinks::invalid);
        if (!user.enabled()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "account_disabled");
        }
        PasswordPolicy.check("password", password,
                Accounts.personalWords(user.email(), user.surname(), user.givenName(), user.patronymic()));
        Instant now = clock.instant();
        UserRow saved = users.update(user.withOwnPassword(hasher.hash(password), now).withEmailVerified(now));
        links.markUsed(link.tokenHash(), now);
        sessions.closeAll(user.requireId());
        audit.record("user.password_set_by_link", user.id(), "user", user.id(), client, null);
        if (user.passwordHash() != null) {
            notices.passwordChanged(saved);
        }
        return MeView.of(saved);
    }

    /** The open link with this token; every look-up counts against the client's address, so tokens cannot be tried in bulk. */
    private PasswordLinkRow open(String token, @Nullable String client) {
        Accounts.throttled(limits.acquire("password-link:" + Accounts.clientKey(client), settings.maxPasswordLinkAttemptsPerClient(),
                settings.throttleWindow()));
        PasswordLinkRow link = links.findById(Sessions.hash(token)).orElseThrow(PasswordLinks::invalid);
        if (link.usedAt() != null) {
            throw new ApiException(HttpStatus.GONE, "password_link_used");
        }
        if (clock.instant().isAfter(link.expiresAt())) {
            throw new ApiException(HttpStatus.GONE, "password_link_expired");
        }
        return link;
    }

    private static ApiException invalid() {
        return new ApiException(HttpStatus.NOT_FOUND, "password_link_invalid");
    }
}
