package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One thing a learner must do for the certificate and how far they are. Attendance: {@code required}
 * sessions of {@code total} in scope (a module, or the whole program when {@code moduleId} is null),
 * {@code done} attended. Tests: the pass mark in percent and the learner's grade ({@code done} null
 * while nothing is submitted).
 */
@Serdeable
record Requirement(@Schema(allowableValues = {"attendance", "module_test", "final_test"}) String kind,
                   @Nullable Long moduleId, @Nullable String moduleTitle,
                   @Nullable Long quizId, @Nullable String quizTitle,
                   double required, @Nullable Double done, @Nullable Integer total, boolean met) {
    static final String ATTENDANCE = "attendance";
    static final String MODULE_TEST = "module_test";
    static final String FINAL_TEST = "final_test";
}
