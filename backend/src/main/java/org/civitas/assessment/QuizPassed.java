package org.civitas.assessment;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A learner's attempt at a quiz reached its pass mark: a module's test ({@code moduleId}) or the
 * program's final test (no module). Published inside the transaction that scored the attempt, for
 * certification to count; the same learner may pass the same quiz again, so listeners are idempotent.
 */
public record QuizPassed(long programId, @Nullable Long moduleId, long quizId, long userId, double score, Instant at) {
}
