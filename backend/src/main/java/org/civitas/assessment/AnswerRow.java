package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A learner's answer to one question of an attempt, as given: JSON in the attempt's display terms. */
@MappedEntity("quiz_answers")
record AnswerRow(@Id @GeneratedValue @Nullable Long id,
                 long attemptId,
                 long questionId,
                 String answer,
                 long clientSeq,
                 Instant savedAt) {
}
