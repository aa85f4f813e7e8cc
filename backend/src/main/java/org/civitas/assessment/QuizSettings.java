package org.civitas.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The parts of a quiz's settings kept as JSON: its fixed questions, random draws and review policy. */
final class QuizSettings {
    private QuizSettings() {
    }

    /** A question the quiz always has; mark null takes the question's own default mark. */
    @Serdeable
    record FixedQuestion(@NotNull @Nullable Long questionId, @Min(0) @Max(1000) @Nullable Double mark) {
    }

    /** N questions drawn at random for each attempt from a category (and those below it). */
    @Serdeable
    record RandomDraw(@NotNull @Nullable Long categoryId, @NotNull @Min(1) @Max(200) @Nullable Integer count,
                      @Nullable Boolean includeSubcategories) {
        boolean withSubcategories() {
            return includeSubcategories == null || includeSubcategories;
        }
    }

    /** What a learner sees of a finished attempt. */
    @Serdeable
    record Shows(boolean score, boolean answers, boolean correctAnswers, boolean feedback) {
        static final Shows ALL = new Shows(true, true, true, true);
    }

    /** What is shown right after submitting, and once the quiz has closed. */
    @Serdeable
    record Review(@NotNull @Nullable Shows afterSubmit, @NotNull @Nullable Shows afterClose) {
        static final Review DEFAULT = new Review(new Shows(true, true, false, true), Shows.ALL);
    }

    @Singleton
    static class FixedQuestionsConverter extends JsonColumn<List<FixedQuestion>> {
        FixedQuestionsConverter(JsonMapper json) {
            super(json, Argument.listOf(FixedQuestion.class));
        }
    }

    @Singleton
    static class RandomDrawsConverter extends JsonColumn<List<RandomDraw>> {
        RandomDrawsConverter(JsonMapper json) {
            super(json, Argument.listOf(RandomDraw.class));
        }
    }

    @Singleton
    static class ReviewConverter extends JsonColumn<Review> {
        ReviewConverter(JsonMapper json) {
            super(json, Argument.of(Review.class));
        }
    }
}
