package org.civitas.platform.errors;

import io.micronaut.http.HttpStatus;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A refusal the caller can act on. The {@code code} is stable; the human message comes from the
 * {@code errors.<code>} entry of the message bundle in the caller's language.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers;

    /** A field at fault with its stable code; the message is {@code validation.<code>} with the arguments. */
    public record FieldError(String field, String code, Object... arguments) {
    }

    public ApiException(HttpStatus status, String code) {
        this(status, code, List.of(), Map.of());
    }

    public ApiException(HttpStatus status, String code, List<FieldError> fieldErrors, Map<String, String> headers) {
        super(code);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException invalidField(String field, String code, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation_failed",
                List.of(new FieldError(field, code, arguments)), Map.of());
    }

    public static ApiException conflict(String code, @Nullable String field) {
        return new ApiException(HttpStatus.CONFLICT, code,
                field == null ? List.of() : List.of(new FieldError(field, code)), Map.of());
    }

    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // A refusal is an expected outcome, not a fault: no stack trace to fill.
        return this;
    }
}
