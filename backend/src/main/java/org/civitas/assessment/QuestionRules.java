package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What a question must satisfy before a bank takes it: the checks Moodle makes when it saves an
 * imported question, so that a file Moodle refuses is refused here too, whichever format brought it.
 */
final class QuestionRules {

    /**
     * Moodle rounds the right choices' sum to whole hundredths before comparing it with 100%, so
     * three choices of 33.33333% make a whole mark; scoring counts such a sum as the whole mark too.
     */
    static final double SUM_TOLERANCE = 0.005;

    private QuestionRules() {
    }

    /** The question, if nothing is wrong with it; else a refusal that says what, for a question of the file's {@code type}. */
    static Question checked(Question question, String type) {
        problem(question).ifPresent(message -> {
            throw Refusal.malformed(message, question.name(), type);
        });
        return question;
    }

    /** What is wrong with the question, in plain words, or empty when nothing is. */
    static Optional<String> problem(Question question) {
        if (question.text().isBlank()) {
            return Optional.of("The question has no text.");
        }
        if (!(question.mark() > 0)) {
            return Optional.of("The default mark must be more than 0, not " + Decimals.plain(question.mark()) + ".");
        }
        if (!(question.penalty() >= 0 && question.penalty() <= 1)) {
            return Optional.of("The penalty must be between 0 and 1, not " + Decimals.plain(question.penalty()) + ".");
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> choices(question.choices())
                    .or(() -> best(question.choices(), Choice::fraction, "choice"));
            case MULTIPLE_CHOICE -> choices(question.choices()).or(() -> sumOfRight(question.choices()));
            case TRUE_FALSE -> Optional.empty();
            case SHORT_ANSWER -> shortAnswers(question.choices())
                    .or(() -> best(question.choices(), Choice::fraction, "answer"));
            case NUMERICAL -> numbers(question.numbers());
            case MATCHING -> pairs(question.pairs());
        };
    }

    private static Optional<String> choices(List<Choice> choices) {
        if (choices.size() < 2) {
            return Optional.of("A choice question needs at least two choices.");
        }
        if (choices.stream().anyMatch(choice -> choice.text().isBlank())) {
            return Optional.of("A choice has no text.");
        }
        return fractions(choices, Choice::fraction);
    }

    private static Optional<String> shortAnswers(List<Choice> answers) {
        if (answers.isEmpty()) {
            return Optional.of("The question has no accepted answer.");
        }
        if (answers.stream().anyMatch(answer -> answer.text().isBlank())) {
            return Optional.of("An accepted answer is empty.");
        }
        // A 0% answer is Moodle's way to give feedback on a common wrong answer; a negative one is not.
        return answers.stream().filter(answer -> answer.fraction() < 0).findFirst()
                .map(answer -> "An answer's grade cannot be negative: “" + answer.text() + "” has "
                        + Decimals.percentOf(answer.fraction()) + "%.");
    }

    private static Optional<String> numbers(List<NumberAnswer> numbers) {
        if (numbers.isEmpty()) {
            return Optional.of("The question has no numeric answer.");
        }
        if (numbers.stream().anyMatch(number -> number.tolerance() < 0)) {
            return Optional.of("A tolerance cannot be negative (a range must go from the smaller number to the larger).");
        }
        return fractions(numbers, NumberAnswer::fraction)
                .or(() -> best(numbers, NumberAnswer::fraction, "answer"));
    }

    private static <T> Optional<String> fractions(List<T> answers, ToDoubleFunction<T> fraction) {
        return answers.stream().mapToDouble(fraction)
                .filter(value -> !(value >= -1 && value <= 1)).boxed().findFirst()
                .map(value -> "An answer's grade must be between -100% and 100%, not "
                        + Decimals.percentOf(value) + "%.");
    }

    /** Moodle's single-answer rule: the best answer is worth the whole mark. */
    private static <T> Optional<String> best(List<T> answers, ToDoubleFunction<T> fraction, String what) {
        double best = answers.stream().mapToDouble(fraction).max().orElse(0);
        return best == 1 ? Optional.empty()
                : Optional.of("One " + what + " must be worth 100%; the best is worth "
                + Decimals.percentOf(best) + "%.");
    }

    /** Moodle's multiple-answer rule: the right choices together are worth the whole mark. */
    private static Optional<String> sumOfRight(List<Choice> choices) {
        double sum = choices.stream().mapToDouble(Choice::fraction).filter(value -> value > 0).sum();
        return Math.abs(sum - 1) < SUM_TOLERANCE ? Optional.empty()
                : Optional.of("The right choices must add up to 100%; they add up to "
                + Decimals.percentOf(Math.round(sum * 10000) / 10000.0) + "%.");
    }

    private static Optional<String> pairs(List<Pair> pairs) {
        if (pairs.stream().filter(pair -> !pair.prompt().isBlank()).count() < 2) {
            return Optional.of("A matching question needs at least two pairs.");
        }
        if (pairs.stream().anyMatch(pair -> pair.answer().isBlank())) {
            return Optional.of("A matching pair has no answer.");
        }
        return Optional.empty();
    }
}
