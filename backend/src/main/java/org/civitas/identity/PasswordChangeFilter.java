package org.civitas.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import org.civitas.platform.errors.ProblemResponses;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * An account whose password someone else chose (the generated first administrator's) may do one
 * thing before anything else: choose its own. Every other API call answers 403
 * password_change_required; reading who is signed in, the CSRF token and signing out stay open.
 */
@ServerFilter("/api/**")
class PasswordChangeFilter implements Ordered {
    private static final Set<String> OPEN = Set.of("GET /api/me", "POST /api/me/password", "GET /api/auth/csrf",
            "POST /api/auth/logout");
    private final ProblemResponses problems;

    PasswordChangeFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestFilter
    @Nullable MutableHttpResponse<?> hold(HttpRequest<?> request) {
        boolean required = request.getUserPrincipal(Authentication.class)
                .map(a -> Boolean.TRUE.equals(a.getAttributes().get(Sessions.ATTRIBUTE_PASSWORD_CHANGE_REQUIRED)))
                .orElse(false);
        HttpMethod method = request.getMethod() == HttpMethod.HEAD ? HttpMethod.GET : request.getMethod();
        if (!required || OPEN.contains(method + " " + request.getPath())) {
            return null;
        }
        return problems.of(request, HttpStatus.FORBIDDEN, "password_change_required");
    }

    @Override
    public int getOrder() {
        // after the security filter, so the caller is known
        return ServerFilterPhase.SECURITY.after();
    }
}
