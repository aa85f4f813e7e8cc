package org.civitas.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import io.micronaut.security.authentication.Authentication;
import org.civitas.platform.errors.ProblemResponses;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * CSRF protection for every state-changing request (ASVS V3.5). A signed-in caller must echo the
 * token bound to their server-side session; an anonymous caller (sign-up, login) must echo the
 * {@code civitas_csrf} cookie (double submit). Safe methods never change state and pass.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    /**
     * RFC 8058's one-click unsubscribe: mail programs POST there with neither session nor token.
     * The signed token in its address is its whole authority, and it can only switch a
     * notification off, which a forged request gains nothing from.
     */
    private static final Set<String> WITHOUT_TOKEN = Set.of("/api/notifications/unsubscribe");
    private final ProblemResponses problems;
    private final Sessions sessions;

    CsrfFilter(ProblemResponses problems, Sessions sessions) {
        this.problems = problems;
        this.sessions = sessions;
    }

    @RequestFilter
    @Nullable MutableHttpResponse<?> verify(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || WITHOUT_TOKEN.contains(request.getPath())) {
            return null;
        }
        String expected = expectedToken(request);
        String sent = request.getHeaders().get(Sessions.CSRF_HEADER);
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return problems.of(request, HttpStatus.FORBIDDEN, "csrf_token_invalid");
        }
        return null;
    }

    /** Every response leaves the browser holding the token its next state-changing request needs. */
    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(Sessions.CSRF_ISSUED, Boolean.class).orElse(false)) {
            return;
        }
        String current = request.getCookies().findCookie(Sessions.CSRF_COOKIE).map(Cookie::getValue).orElse(null);
        String wanted = sessionToken(request);
        if (wanted == null) {
            wanted = current == null || current.isBlank() ? Sessions.randomToken() : current;
        }
        if (!wanted.equals(current)) {
            response.cookie(sessions.csrfCookie(wanted, request));
        }
    }

    private static @Nullable String expectedToken(HttpRequest<?> request) {
        String bound = sessionToken(request);
        return bound != null ? bound : request.getCookies().findCookie(Sessions.CSRF_COOKIE).map(Cookie::getValue)
                .filter(v -> !v.isBlank()).orElse(null);
    }

    private static @Nullable String sessionToken(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> (String) a.getAttributes().get(Sessions.ATTRIBUTE_CSRF))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        // after the security filter, so the caller's session is known
        return ServerFilterPhase.SECURITY.after();
    }
}
