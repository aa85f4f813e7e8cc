package org.civitas.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** 401 for a caller who is not signed in, 403 for one whose roles do not allow the route. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationHandler implements ExceptionHandler<AuthorizationException, HttpResponse<Problem>> {
    private final ProblemResponses problems;

    AuthorizationHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AuthorizationException exception) {
        return exception.isForbidden()
                ? problems.of(request, HttpStatus.FORBIDDEN, "forbidden")
                : problems.of(request, HttpStatus.UNAUTHORIZED, "authentication_required");
    }
}
