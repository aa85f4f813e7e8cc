package org.civitas.platform.errors;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Two people edited the same record: the later save is refused instead of silently overwriting. */
@Produces
@Singleton
class StaleVersionHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {
    private final ProblemResponses problems;

    StaleVersionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException exception) {
        return problems.of(request, HttpStatus.CONFLICT, "stale_version");
    }
}
