package org.civitas.assessment;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One version of a question, as it is stored, imported and exported. Texts are HTML (imported
 * plain text and Markdown are turned into HTML; images are kept inline as {@code data:} URIs).
 * Which lists are used depends on the type:
 * <ul>
 *   <li>single and multiple choice: {@code choices}, each with a fraction of the mark in [-1, 1]
 *       (single choice: one or more positive, the best 1; multiple choice: the positive ones add up
 *       to 1, negative ones are penalties);</li>
 *   <li>true/false: {@code choices} holds exactly two, texts {@code "true"} and {@code "false"},
 *       the right one with fraction 1, each with its own feedback;</li>
 *   <li>short answer: {@code choices} are the accepted answers (fraction in (0, 1]; {@code *} is a
 *       wildcard), compared ignoring case unless {@code caseSensitive}, whitespace collapsed;</li>
 *   <li>numerical: {@code numbers}, each a value with an absolute tolerance and a fraction;</li>
 *   <li>matching: {@code pairs}; a pair with an empty prompt is an extra, wrong answer.</li>
 * </ul>
 *
 * @param category   the category path from the bank's root, e.g. ["Модуль 1", "Бюджет"]; empty for the root
 * @param name       a short title (Moodle's question name); never empty
 * @param text       the question, HTML
 * @param feedback   general feedback shown after answering, HTML, or null
 * @param mark       the default mark (Moodle's defaultgrade), > 0
 * @param penalty    Moodle's penalty for each wrong try in adaptive mode, kept for the round trip, in [0, 1]
 * @param shuffle    whether choices are shuffled (choice and matching types)
 */
@Serdeable
record Question(QuestionType type,
                List<String> category,
                String name,
                String text,
                @Nullable String feedback,
                double mark,
                double penalty,
                boolean shuffle,
                boolean caseSensitive,
                List<Choice> choices,
                List<NumberAnswer> numbers,
                List<Pair> pairs,
                List<String> tags) {

    /** A choice, an accepted short answer, or true/false's two sides. Fraction in [-1, 1]. */
    @Serdeable
    record Choice(String text, double fraction, @Nullable String feedback) {
    }

    /** A numerical answer: right when |given - value| ≤ tolerance. */
    @Serdeable
    record NumberAnswer(double value, double tolerance, double fraction, @Nullable String feedback) {

        /**
         * Moodle's {@code *} answer, which takes any number (usually to give feedback for every
         * other answer): the widest tolerance, so scoring needs no special case and JSON can hold it.
         */
        static NumberAnswer any(double fraction, @Nullable String feedback) {
            return new NumberAnswer(0, Double.MAX_VALUE, fraction, feedback);
        }

        boolean isAny() {
            return tolerance == Double.MAX_VALUE;
        }
    }

    /** A matching pair; an empty prompt marks a distractor answer. */
    @Serdeable
    record Pair(String prompt, String answer) {
    }
}
