package org.civitas.platform.errors;

import io.micronaut.serde.annotation.Serdeable;

/** One input field at fault: the JSON property name, a stable code, and a message in the caller's language. */
@Serdeable
public record FieldProblem(String field, String code, String message) {
}
