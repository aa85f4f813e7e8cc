package org.civitas.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Errors raised by the framework itself (no route, wrong method, unreadable JSON, a missing body,
 * an unexpected failure) in the same problem+json shape as ours, with a code from the status.
 * Never a stack trace or an exception message: those stay in the server log.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private final ProblemResponses problems;

    ProblemErrorResponseProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.status();
        String code = switch (status) {
            case BAD_REQUEST -> "malformed_request";
            case UNAUTHORIZED -> "authentication_required";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case SERVICE_UNAVAILABLE -> "service_unavailable";
            default -> status.getCode() >= 500 ? "internal_error" : "request_refused";
        };
        MutableHttpResponse<Problem> response = problems.of(context.getRequest(), status, code);
        baseResponse.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response;
    }
}
