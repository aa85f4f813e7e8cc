package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What a learner must do for the program's certificate: attend (a count or a percentage of the
 * sessions, overall or in each module, with or without recordings watched as make-up), pass the
 * chosen module tests, and pass the final test at the program's or the test's own mark.
 * {@code version} is null until an administrator first saves the rules; until then nothing is issued.
 */
@Serdeable
record CompletionRules(
        @NotNull @Pattern(regexp = "none|overall|per_module") @Schema(allowableValues = {"none", "overall", "per_module"}) @Nullable String attendanceScope,
        @NotNull @Pattern(regexp = "count|percent") @Schema(allowableValues = {"count", "percent"}) @Nullable String attendanceMeasure,
        @NotNull @Min(0) @Max(1000) @Nullable Integer attendanceMinimum,
        @NotNull @Nullable Boolean recordingCounts,
        @NotNull @Size(max = 100) @Nullable List<Long> requiredQuizIds,
        @NotNull @Nullable Boolean finalTestRequired,
        @Min(1) @Max(100) @Nullable Double finalTestPassPercent,
        @Nullable Long version) {

    static CompletionRules unset() {
        return new CompletionRules("per_module", "count", 1, true, List.of(), true, null, null);
    }

    boolean set() {
        return version != null;
    }

    static CompletionRules of(CompletionRulesRow row) {
        return new CompletionRules(row.attendanceScope(), row.attendanceMeasure(), row.attendanceMinimum(), row.recordingCounts(),
                row.requiredQuizIds(), row.finalTestRequired(), row.finalTestPassPercent(), row.version() == null ? 0L : row.version());
    }
}
