package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A program's editable fields; {@code version} is required when saving an existing program. */
@Serdeable
record ProgramRequest(@NotBlank @Size(min = 3, max = 300) @Nullable String title,
                      @Size(max = 20_000) @Nullable String description,
                      @NotBlank @Size(max = 300) @Nullable String provider,
                      @Size(max = 20) @Nullable List<@Valid @NotNull Partner> partners,
                      @NotNull @Pattern(regexp = "general|special") @Nullable String programType,
                      @NotNull @Pattern(regexp = "short_term|long_term") @Nullable String duration,
                      @NotNull @Min(1) @Max(2000) @Nullable Integer hours,
                      @Size(max = 30) @Nullable List<@NotBlank @Size(max = 500) String> learningOutcomes,
                      @NotNull @Pattern(regexp = "uk|en") @Nullable String language,
                      @Nullable Instant enrollmentOpensAt,
                      @Nullable Instant enrollmentClosesAt,
                      @Nullable LocalDate startsOn,
                      @Nullable LocalDate endsOn,
                      @Min(1) @Max(100_000) @Nullable Integer capacity,
                      @Min(1) @Max(100) @Nullable Integer recordingMakeUpPercent,
                      @Nullable Long version) {
}
