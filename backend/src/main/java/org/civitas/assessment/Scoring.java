package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores a response against the question version it answers, as Moodle grades its question types
 * on a single try (question/type/{multichoice,truefalse,shortanswer,numerical,match}/question.php).
 * A score is a fraction of the question's mark; weighing it by the mark is the quiz's business.
 */
final class Scoring {

    /** Moodle's allowance for rounding when it tells a wrong or right fraction from a partial one. */
    private static final double ROUNDING = 1e-7;

    /** Whitespace of every script, non-breaking spaces included: learners paste from word processors. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** A run of stars not preceded by a backslash is one wildcard; {@code \*} is a star. */
    private static final Pattern WILDCARD = Pattern.compile("(?<!\\\\)\\*+");

    /**
     * A number as people type it: one decimal point or comma, digits grouped by spaces in threes,
     * an exponent. "1.234,5" and "1,234,567" are refused rather than guessed: the same text means
     * different numbers in Kyiv and in London.
     */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?: \\d{3})+|\\d*)(?:[.,]\\d*)?(?:[eE][+-]?\\d+)?");

    private Scoring() {
    }

    /**
     * @param fraction of the question's mark, in [0, 1]
     * @param feedback the feedback of the chosen answer, or of each ticked choice, HTML; null when there is none
     */
    record Score(double fraction, State state, @Nullable String feedback) {

        enum State {CORRECT, PARTIAL, WRONG, UNANSWERED}

        static final Score UNANSWERED = new Score(0, State.UNANSWERED, null);
        static final Score WRONG = new Score(0, State.WRONG, null);

        static Score of(double fraction, @Nullable String feedback) {
            double clamped = Math.clamp(fraction, 0.0, 1.0);
            State state = clamped < ROUNDING ? State.WRONG : clamped > 1 - ROUNDING ? State.CORRECT : State.PARTIAL;
            return new Score(clamped, state, feedback);
        }
    }

    /**
     * The score of a response; never throws. A response of another type's kind, or pointing past
     * the version's lists, cannot come from the question's own form, so it earns nothing.
     */
    static Score score(Question question, @Nullable Response response) {
        if (response == null) {
            return Score.UNANSWERED;
        }
        QuestionType type = question.type();
        return switch (response) {
            case Response.Choice(int index) when type == QuestionType.SINGLE_CHOICE ->
                    singleChoice(question.choices(), index);
            case Response.Choice(int index) when type == QuestionType.TRUE_FALSE ->
                    trueFalse(question.choices(), index);
            case Response.Choices(Set<Integer> indexes) when type == QuestionType.MULTIPLE_CHOICE ->
                    multipleChoice(question.choices(), indexes);
            case Response.Text(String text) when type == QuestionType.SHORT_ANSWER -> shortAnswer(question, text);
            case Response.Text(String text) when type == QuestionType.NUMERICAL -> numerical(question.numbers(), text);
            case Response.Matches(Map<Integer, Integer> chosen) when type == QuestionType.MATCHING ->
                    matching(question.pairs(), chosen);
            default -> Score.WRONG;
        };
    }

    /**
     * A response that earns the whole mark, for the review's "right answer" and for tests; meant for
     * a question {@link QuestionRules} accepts. Where an earlier, lesser answer would catch every
     * spelling of the best one (a short answer "*" at 50% before "Київ" at 100%), no response can;
     * the best answer is then given as it is.
     */
    static Response rightResponse(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> new Response.Choice(
                    bestIndexes(question.choices(), Choice::fraction).findFirst().orElseThrow());
            case MULTIPLE_CHOICE -> new Response.Choices(indexes(question.choices(), choice -> choice.fraction() > 0)
                    .boxed().collect(Collectors.toSet()));
            case SHORT_ANSWER -> firstRight(question, bestIndexes(question.choices(), Choice::fraction)
                    .mapToObj(i -> spelled(question.choices().get(i).text())));
            case NUMERICAL -> firstRight(question, bestIndexes(question.numbers(), NumberAnswer::fraction)
                    .mapToObj(i -> Decimals.plain(question.numbers().get(i).value())));
            case MATCHING -> new Response.Matches(indexes(question.pairs(), pair -> !pair.prompt().isBlank())
                    .boxed().collect(Collectors.toMap(Function.identity(), Function.identity())));
        };
    }

    /** Moodle lets a single-choice question take marks away; here a question's score is never below 0. */
    private static Score singleChoice(List<Choice> choices, int index) {
        if (index < 0 || index >= choices.size()) {
            return Score.WRONG;
        }
        return Score.of(choices.get(index).fraction(), choices.get(index).feedback());
    }

    private static Score trueFalse(List<Choice> choices, int index) {
        if (index < 0 || index >= choices.size()) {
            return Score.WRONG;
        }
        Choice side = choices.get(index);
        return Score.of(side.fraction() > 1 - ROUNDING ? 1 : 0, side.feedback());
    }

    /** Ticked fractions add up, penalties included, so ticking everything costs what the wrong ones take away. */
    private static Score multipleChoice(List<Choice> choices, Set<Integer> indexes) {
        if (indexes.isEmpty()) {
            return Score.UNANSWERED;
        }
        if (indexes.stream().anyMatch(i -> i < 0 || i >= choices.size())) {
            return Score.WRONG;
        }
        List<Choice> ticked = IntStream.range(0, choices.size()).filter(indexes::contains).mapToObj(choices::get).toList();
        double sum = ticked.stream().mapToDouble(Choice::fraction).sum();
        String feedback = ticked.stream().map(Choice::feedback).filter(Objects::nonNull)
                .filter(text -> !text.isBlank()).collect(Collectors.joining("<br>"));
        // Three right choices of 33.33333% make 99.99999%: the bank took them as 100%, and so does the score.
        return Score.of(sum >= 1 - QuestionRules.SUM_TOLERANCE ? 1 : sum, feedback.isEmpty() ? null : feedback);
    }

    /** The first accepted answer that matches, in the bank's order, as Moodle does: order sets precedence. */
    private static Score shortAnswer(Question question, String text) {
        String given = normalised(text);
        if (given.isEmpty()) {
            return Score.UNANSWERED;
        }
        return question.choices().stream()
                .filter(answer -> wildcard(answer.text(), question.caseSensitive()).matcher(given).matches())
                .findFirst()
                .map(answer -> Score.of(answer.fraction(), answer.feedback()))
                .orElse(Score.WRONG);
    }

    private static Pattern wildcard(String answer, boolean caseSensitive) {
        String regex = Arrays.stream(WILDCARD.split(normalised(answer), -1))
                .map(literal -> Pattern.quote(literal.replace("\\*", "*")))
                .collect(Collectors.joining(".*"));
        return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Moodle's way of showing a pattern as an answer: each wildcard becomes a space. */
    private static String spelled(String answer) {
        return normalised(Arrays.stream(WILDCARD.split(answer, -1))
                .map(literal -> literal.replace("\\*", "*"))
                .collect(Collectors.joining(" ")));
    }

    /** One form of a text, however it was typed or pasted: composed characters, single spaces, no ends. */
    private static String normalised(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Text that is not a number earns nothing, not even the "any number" answer's feedback. */
    private static Score numerical(List<NumberAnswer> answers, String text) {
        if (normalised(text).isEmpty()) {
            return Score.UNANSWERED;
        }
        return number(text).flatMap(given -> answers.stream().filter(answer -> within(answer, given)).findFirst())
                .map(answer -> Score.of(answer.fraction(), answer.feedback()))
                .orElse(Score.WRONG);
    }

    /** Decimal arithmetic, so that 3.135 is exactly 0.005 away from 3.14 (in doubles it is a hair more). */
    private static boolean within(NumberAnswer answer, BigDecimal given) {
        return answer.isAny() || given.subtract(BigDecimal.valueOf(answer.value())).abs()
                .compareTo(BigDecimal.valueOf(answer.tolerance())) <= 0;
    }

    /** A typed number, or empty when it is none or could be read two ways. */
    static Optional<BigDecimal> number(String text) {
        String typed = normalised(text);
        if (!NUMBER.matcher(typed).matches()) {
            return Optional.empty();
        }
        try {
            double value = new BigDecimal(typed.replace(" ", "").replace(',', '.')).doubleValue();
            // Back through a double, so "1e-999999999" cannot make the subtraction build a billion digits.
            return Double.isFinite(value) ? Optional.of(BigDecimal.valueOf(value)) : Optional.empty();
        } catch (NumberFormatException noDigits) {
            return Optional.empty();
        }
    }

    /** The share of prompts matched right; a distractor offers an answer but has no prompt to score. */
    private static Score matching(List<Pair> pairs, Map<Integer, Integer> chosen) {
        if (chosen.isEmpty()) {
            return Score.UNANSWERED;
        }
        List<Integer> prompts = indexes(pairs, pair -> !pair.prompt().isBlank()).boxed().toList();
        if (!prompts.containsAll(chosen.keySet())
                || chosen.values().stream().anyMatch(i -> i < 0 || i >= pairs.size())) {
            return Score.WRONG;
        }
        long right = chosen.entrySet().stream()
                .filter(match -> pairs.get(match.getValue()).answer().equals(pairs.get(match.getKey()).answer()))
                .count();
        return Score.of((double) right / prompts.size(), null);
    }

    private static Response firstRight(Question question, Stream<String> texts) {
        List<Response> candidates = texts.<Response>map(Response.Text::new).toList();
        return candidates.stream().filter(response -> score(question, response).state() == Score.State.CORRECT)
                .findFirst().orElse(candidates.getFirst());
    }

    private static <T> IntStream bestIndexes(List<T> answers, ToDoubleFunction<T> fraction) {
        double best = answers.stream().mapToDouble(fraction).max().orElse(1);
        return indexes(answers, answer -> fraction.applyAsDouble(answer) == best);
    }

    private static <T> IntStream indexes(List<T> list, Predicate<T> test) {
        return IntStream.range(0, list.size()).filter(i -> test.test(list.get(i)));
    }
}
