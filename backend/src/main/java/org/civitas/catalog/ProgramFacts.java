package org.civitas.catalog;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What other features need to know of a program: enrollment decides by these, attendance by
 * {@code recordingMakeUpPercent} (null: watching a recording does not make up for a missed session).
 */
public record ProgramFacts(long id, String title, ProgramStatus status, boolean enrollmentOpen,
                           @Nullable Integer capacity, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                           @Nullable Integer recordingMakeUpPercent) {
}
