package org.civitas.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures as field problems. The stable code comes from the constraint
 * (NotBlank: required, Email: invalid_email, Size: too_short or too_long ...), the field is the
 * JSON property path inside the request body.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
    private final ProblemResponses problems;

    ConstraintViolationHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        // one problem per field: "required" says it all when a value is missing
        Map<String, ApiException.FieldError> byField = new java.util.TreeMap<>();
        exception.getConstraintViolations().stream()
                .map(ConstraintViolationHandler::toFieldError)
                .forEach(error -> byField.merge(error.field(), error,
                        (kept, other) -> other.code().equals("required") ? other : kept));
        return problems.validation(request, List.copyOf(byField.values()));
    }

    private static ApiException.FieldError toFieldError(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String field = fieldPath(violation.getPropertyPath());
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> new ApiException.FieldError(field, "required");
            case "Email" -> new ApiException.FieldError(field, "invalid_email");
            case "AssertTrue" -> new ApiException.FieldError(field, "must_accept");
            case "Size" -> {
                int length = violation.getInvalidValue() instanceof CharSequence s ? s.length()
                        : violation.getInvalidValue() instanceof java.util.Collection<?> c ? c.size() : 0;
                int min = (Integer) attributes.get("min");
                yield length < min ? new ApiException.FieldError(field, "too_short", min)
                        : new ApiException.FieldError(field, "too_long", attributes.get("max"));
            }
            case "Min", "Positive", "PositiveOrZero", "DecimalMin" -> new ApiException.FieldError(field, "too_small", attributes.getOrDefault("value", 0));
            case "Max", "DecimalMax" -> new ApiException.FieldError(field, "too_large", attributes.getOrDefault("value", 0));
            default -> new ApiException.FieldError(field, "invalid");
        };
    }

    /**
     * {@code create.body.partners[0].name} becomes {@code partners[0].name}: method and parameter
     * nodes are not part of the body. Bean Validation puts a list index on the node after the list.
     */
    private static String fieldPath(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.getLast() + "[" + node.getIndex() + "]");
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            String last = null;
            for (Path.Node node : path) {
                last = node.getName();
            }
            return last == null ? "" : last;
        }
        return String.join(".", names);
    }
}
