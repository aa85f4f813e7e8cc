package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What every question has whatever its type, as a reader finds it before the answers; each method
 * finishes it into a question of one type, leaving the other type's lists empty.
 */
record QuestionStem(List<String> category,
                    String name,
                    String text,
                    @Nullable String feedback,
                    double mark,
                    double penalty,
                    List<String> tags) {

    /** Moodle's penalty for a question that does not give one: a third of the mark per wrong try. */
    static final double DEFAULT_PENALTY = 0.3333333;

    /** Single or multiple choice. */
    Question choice(QuestionType type, boolean shuffle, List<Choice> choices) {
        return question(type, shuffle, false, choices, List.of(), List.of());
    }

    /** True/false: always the two sides, "true" first, the right one worth the whole mark. */
    Question trueFalse(boolean answer, @Nullable String feedbackTrue, @Nullable String feedbackFalse) {
        var choices = List.of(
                new Choice("true", answer ? 1 : 0, feedbackTrue),
                new Choice("false", answer ? 0 : 1, feedbackFalse));
        return question(QuestionType.TRUE_FALSE, false, false, choices, List.of(), List.of());
    }

    Question shortAnswer(boolean caseSensitive, List<Choice> answers) {
        return question(QuestionType.SHORT_ANSWER, false, caseSensitive, answers, List.of(), List.of());
    }

    Question numerical(List<NumberAnswer> numbers) {
        return question(QuestionType.NUMERICAL, false, false, List.of(), numbers, List.of());
    }

    Question matching(boolean shuffle, List<Pair> pairs) {
        return question(QuestionType.MATCHING, shuffle, false, List.of(), List.of(), pairs);
    }

    private Question question(QuestionType type, boolean shuffle, boolean caseSensitive,
                              List<Choice> choices, List<NumberAnswer> numbers, List<Pair> pairs) {
        return new Question(type, category, name, text, feedback, mark, penalty, shuffle, caseSensitive,
                List.copyOf(choices), List.copyOf(numbers), List.copyOf(pairs), List.copyOf(tags));
    }
}
