package org.civitas.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An error body after RFC 9457 (application/problem+json) with two members of our own:
 * {@code code}, stable and machine-readable, and {@code errors}, the fields at fault.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
                      @Nullable List<FieldProblem> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    static String typeOf(String code) {
        return "urn:civitas:problem:" + code;
    }
}
