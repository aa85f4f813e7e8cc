package org.civitas.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do. A user may hold several roles; every account holds at least one. */
@Schema(type = "string", allowableValues = {"learner", "trainer", "admin"})
@Serdeable
public enum Role {
    LEARNER, TRAINER, ADMIN;

    /** The name used in JSON, in the database and in {@code @Secured}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Unknown role: " + code));
    }

    public static Optional<Role> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /** Role names as {@code @Secured} expects them: compile-time constants. */
    public static final class Names {
        public static final String LEARNER = "learner";
        public static final String TRAINER = "trainer";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }
}
