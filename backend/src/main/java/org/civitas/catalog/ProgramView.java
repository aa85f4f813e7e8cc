package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A program with everything its page and its editor show. */
@Serdeable
public record ProgramView(long id, String title, String description, String provider, List<Partner> partners,
                          String programType, String duration, int hours, BigDecimal ects,
                          List<String> learningOutcomes, String language, @Nullable Instant enrollmentOpensAt,
                          @Nullable Instant enrollmentClosesAt, boolean enrollmentOpen, @Nullable LocalDate startsOn,
                          @Nullable LocalDate endsOn, @Nullable Integer capacity, @Nullable Integer recordingMakeUpPercent, ProgramStatus status,
                          List<Trainer> trainers, List<ModuleView> modules, long moduleCount, long version,
                          boolean canEdit) {

    @Serdeable
    public record Trainer(long id, String fullName) {
    }

    static ProgramView of(ProgramRow row, List<ModuleView> modules, List<Trainer> trainers, boolean canEdit, Instant now) {
        return new ProgramView(row.requireId(), row.title(), row.description(), row.provider(), row.partners(),
                row.programType(), row.duration(), row.hours(), ProgramSummaryView.ects(row.hours()), row.learningOutcomes(),
                row.language(), row.enrollmentOpensAt(), row.enrollmentClosesAt(), row.enrollmentOpen(now), row.startsOn(),
                row.endsOn(), row.capacity(), row.recordingMakeUpPercent(), row.status(), trainers, modules, modules.size(),
                row.version() == null ? 0 : row.version(), canEdit);
    }
}
