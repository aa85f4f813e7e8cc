package org.civitas.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.civitas.platform.web.Https;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side sessions. The browser holds a random token in an HttpOnly cookie; the database holds
 * its hash, the user, the CSRF token bound to the session, and the timestamps that enforce the idle
 * and absolute timeouts. The user's roles and status are read on every request, so disabling a user
 * or changing roles takes effect on the next request.
 */
@Singleton
class Sessions {
    static final String SESSION_COOKIE = "civitas_session";
    static final String CSRF_COOKIE = "civitas_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE_SESSION = "session";
    static final String ATTRIBUTE_CSRF = "csrf";
    static final String ATTRIBUTE_PASSWORD_CHANGE_REQUIRED = "passwordChangeRequired";
    /** Marks a request whose response already carries a fresh CSRF cookie. */
    static final String CSRF_ISSUED = Sessions.class.getName() + ".csrfIssued";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRepository sessions;
    private final UserRepository users;
    private final IdentitySettings settings;
    private final Clock clock;

    Sessions(SessionRepository sessions, UserRepository users, IdentitySettings settings, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens a new session (never reusing one from before the login) and sets both cookies. */
    void open(long userId, HttpRequest<?> request, MutableHttpResponse<?> response, @Nullable String client) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        sessions.save(new SessionRow(hash(token), userId, csrf, now, now, now.plus(settings.absoluteTimeout()), client));
        response.cookie(sessionCookie(token, request));
        response.cookie(csrfCookie(csrf, request));
        request.setAttribute(CSRF_ISSUED, true);
    }

    /** Ends the session the request carries, if any, on the server only. */
    void end(HttpRequest<?> request) {
        request.getCookies().findCookie(SESSION_COOKIE).ifPresent(c -> sessions.deleteById(hash(c.getValue())));
    }

    /** Ends the caller's session on the server and clears the cookie; a fresh anonymous CSRF token follows. */
    void close(HttpRequest<?> request, MutableHttpResponse<?> response) {
        end(request);
        response.cookie(sessionCookie("", request).maxAge(0));
        response.cookie(csrfCookie(randomToken(), request));
        request.setAttribute(CSRF_ISSUED, true);
    }

    void closeAll(long userId) {
        sessions.deleteByUserId(userId);
    }

    /** Ends the user's sessions but the one given (by its hash), which goes on. */
    void closeAllExcept(long userId, String keptSessionHash) {
        sessions.deleteOthers(userId, keptSessionHash);
    }

    /** The signed-in user behind a session token, when the session is alive and the account enabled. */
    Optional<Authentication> authenticate(String token) {
        String tokenHash = hash(token);
        Optional<SessionRow> found = sessions.findById(tokenHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRow session = found.get();
        Instant now = clock.instant();
        if (now.isAfter(session.expiresAt()) || now.isAfter(session.lastSeenAt().plus(settings.idleTimeout()))) {
            sessions.deleteById(tokenHash);
            return Optional.empty();
        }
        Optional<UserRow> user = users.findById(session.userId()).filter(UserRow::enabled);
        if (user.isEmpty()) {
            sessions.deleteById(tokenHash);
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            sessions.touch(tokenHash, now);
        }
        return Optional.of(Authentication.build(String.valueOf(session.userId()),
                user.get().roles().stream().map(Role::code).toList(),
                Map.of(ATTRIBUTE_SESSION, tokenHash, ATTRIBUTE_CSRF, session.csrfToken(),
                        ATTRIBUTE_PASSWORD_CHANGE_REQUIRED, user.get().passwordChangeRequired())));
    }

    @Scheduled(fixedDelay = "30m", initialDelay = "1m")
    void deleteExpired() {
        Instant now = clock.instant();
        sessions.deleteExpired(now, now.minus(settings.idleTimeout()));
    }

    Cookie csrfCookie(String value, HttpRequest<?> request) {
        // Readable by the web app, which echoes it in the X-CSRF-Token header.
        return Cookie.of(CSRF_COOKIE, value).path("/").httpOnly(false).sameSite(SameSite.Strict)
                .secure(secure(request));
    }

    private Cookie sessionCookie(String value, HttpRequest<?> request) {
        return Cookie.of(SESSION_COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(secure(request));
    }

    private boolean secure(HttpRequest<?> request) {
        return settings.alwaysSecureCookies() || Https.isSecure(request);
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
