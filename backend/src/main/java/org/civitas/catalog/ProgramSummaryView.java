package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** A program as lists show it. */
@Serdeable
public record ProgramSummaryView(long id, String title, String provider, String programType, String duration,
                                 int hours, BigDecimal ects, String language, @Nullable LocalDate startsOn,
                                 @Nullable LocalDate endsOn, @Nullable Instant enrollmentOpensAt,
                                 @Nullable Instant enrollmentClosesAt, boolean enrollmentOpen, ProgramStatus status,
                                 long moduleCount) {
    static final int HOURS_PER_ECTS = 30;

    static BigDecimal ects(int hours) {
        BigDecimal ects = BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(HOURS_PER_ECTS), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        // 300 hours are 10, not 1E+1
        return ects.scale() < 0 ? ects.setScale(0) : ects;
    }

    static ProgramSummaryView of(ProgramRow row, long moduleCount, Instant now) {
        return new ProgramSummaryView(row.requireId(), row.title(), row.provider(), row.programType(), row.duration(),
                row.hours(), ects(row.hours()), row.language(), row.startsOn(), row.endsOn(), row.enrollmentOpensAt(),
                row.enrollmentClosesAt(), row.enrollmentOpen(now), row.status(), moduleCount);
    }
}
