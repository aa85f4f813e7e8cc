package org.civitas.enrollment;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

@Schema(type = "string", allowableValues = {"submitted", "admitted", "waitlisted", "rejected", "withdrawn"})
@Serdeable
enum ApplicationStatus {
    SUBMITTED, ADMITTED, WAITLISTED, REJECTED, WITHDRAWN;

    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An application still in play: the learner may not apply to the same program again. */
    boolean active() {
        return this == SUBMITTED || this == ADMITTED || this == WAITLISTED;
    }

    static Optional<ApplicationStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
