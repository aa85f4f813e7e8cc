package org.civitas.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Draft: being prepared, seen by its editors only. Published: in the catalog. Archived: kept, no longer offered. */
@Schema(type = "string", allowableValues = {"draft", "published", "archived"})
@Serdeable
public enum ProgramStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ProgramStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
