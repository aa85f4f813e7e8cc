package org.civitas.platform.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Builds every error response of the platform, so all of them share one shape and one language rule. */
@Singleton
public class ProblemResponses {
    private final Messages messages;

    public ProblemResponses(Messages messages) {
        this.messages = messages;
    }

    public MutableHttpResponse<Problem> of(HttpRequest<?> request, ApiException e) {
        Locale locale = messages.localeOf(request);
        List<FieldProblem> fields = e.fieldErrors().stream()
                .map(f -> new FieldProblem(f.field(), f.code(), messages.get(locale, "validation." + f.code(), f.arguments())))
                .toList();
        MutableHttpResponse<Problem> response = respond(locale, e.status(), e.code(), fields);
        e.headers().forEach(response::header);
        return response;
    }

    public MutableHttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String code) {
        return respond(messages.localeOf(request), status, code, List.of());
    }

    public MutableHttpResponse<Problem> validation(HttpRequest<?> request, List<ApiException.FieldError> fields) {
        return of(request, new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", fields, java.util.Map.of()));
    }

    private MutableHttpResponse<Problem> respond(Locale locale, HttpStatus status, String code, List<FieldProblem> fields) {
        Problem problem = new Problem(Problem.typeOf(code), status.getReason(), status.getCode(),
                messages.get(locale, "errors." + code), code, fields.isEmpty() ? null : fields);
        return HttpResponse.<Problem>status(status).body(problem).contentType(Problem.MEDIA_TYPE)
                .header("Content-Language", locale.toLanguageTag());
    }
}
