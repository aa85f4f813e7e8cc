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
import java.util.Comparator;
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
        List<ApiException.FieldError> fields = exception.getConstraintViolations().stream()
                .map(ConstraintViolationHandler::toFieldError)
                .sorted(Comparator.comparing(ApiException.FieldError::field))
                .toList();
        return problems.validation(request, fields);
    }

    private static ApiException.FieldError toFieldError(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String field = fieldPath(violation.getPropertyPath());
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> new ApiException.FieldError(field, "required");
            case "Email" -> new ApiException.FieldError(field, "invalid_email");
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

    /** {@code signup.request.email} becomes {@code email}: method and parameter nodes are not part of the body. */
    private static String fieldPath(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
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
