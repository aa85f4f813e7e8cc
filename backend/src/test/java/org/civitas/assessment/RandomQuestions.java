package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Questions a bank accepts, made up from a seed, and responses of every kind to throw at them. The
 * lesser answers never catch the best one (a bank may hold such a question, but then nothing earns
 * the whole mark, which is not what these tests are about).
 */
final class RandomQuestions {

    /** Moodle's grade menu, the fractions its question forms offer. */
    private static final double[] GRADES = {0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4,
            0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0};
    private static final String LETTERS = "abcdefghijklmnopqrstuvxyzабвгґдеєжзиіїйклмнопрстуфцчшщьюяABCDЖЇ";

    private final Random random;

    RandomQuestions(long seed) {
        random = new Random(seed);
    }

    Question next(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> choices(type, singleChoices());
            case MULTIPLE_CHOICE -> choices(type, multipleChoices());
            case TRUE_FALSE -> choices(type, trueFalse());
            case SHORT_ANSWER -> question(type, random.nextBoolean(), shortAnswers(), List.of(), List.of());
            case NUMERICAL -> question(type, false, List.of(), numbers(), List.of());
            case MATCHING -> question(type, false, List.of(), List.of(), pairs());
        };
    }

    /** Responses of every kind, right-sized or not, that a broken or hostile client might send. */
    List<Response> responses(Question question) {
        int size = Math.max(question.choices().size(), Math.max(question.numbers().size(), question.pairs().size()));
        List<Response> responses = new ArrayList<>();
        responses.add(new Response.Choice(random.nextInt(-1, size + 2)));
        responses.add(new Response.Choices(subset(size)));
        responses.add(new Response.Text(question.choices().isEmpty() ? word() : question.choices().getFirst().text()));
        responses.add(new Response.Text(random.nextInt(-100, 100) + "," + random.nextInt(100)));
        responses.add(new Response.Text(word()));
        Map<Integer, Integer> matches = new HashMap<>();
        subset(size).forEach(prompt -> matches.put(prompt, random.nextInt(-1, size + 1)));
        responses.add(new Response.Matches(matches));
        return responses;
    }

    private Set<Integer> subset(int size) {
        Set<Integer> subset = new HashSet<>();
        IntStream.range(-1, size + 1).filter(i -> random.nextInt(3) == 0).forEach(subset::add);
        return subset;
    }

    private List<Choice> singleChoices() {
        List<Choice> choices = new ArrayList<>();
        int count = random.nextInt(2, 7);
        int right = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            double fraction = i == right ? 1 : random.nextBoolean() ? grade() : -grade();
            choices.add(new Choice("choice " + i, fraction, random.nextBoolean() ? "feedback " + i : null));
        }
        return choices;
    }

    /** The right ones share the mark as Moodle's menu rounds it (7 × 14.28571%), the wrong ones may take some away. */
    private List<Choice> multipleChoices() {
        int count = random.nextInt(2, 8);
        int rightCount = random.nextInt(1, count + 1);
        double share = Math.round(1e7 / rightCount) / 1e7;
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double fraction = i < rightCount ? share : -grade();
            choices.add(new Choice("choice " + i, fraction, random.nextBoolean() ? "feedback " + i : null));
        }
        Collections.shuffle(choices, random);
        return choices;
    }

    private List<Choice> trueFalse() {
        boolean answer = random.nextBoolean();
        return List.of(new Choice("true", answer ? 1 : 0, "yes"), new Choice("false", answer ? 0 : 1, null));
    }

    /** Best answers with wildcards, escaped stars and runs of spaces; lesser ones start with a digit, which no best one has. */
    private List<Choice> shortAnswers() {
        List<Choice> answers = new ArrayList<>();
        int best = random.nextInt(1, 3);
        for (int i = 0; i < best; i++) {
            String text = switch (random.nextInt(5)) {
                case 0 -> word() + "*";
                case 1 -> "*" + word() + "*" + word();
                case 2 -> word() + "   " + word();
                case 3 -> word() + "\\*" + word();
                default -> word();
            };
            answers.add(new Choice(text, 1, random.nextBoolean() ? "right " + i : null));
        }
        int lesser = random.nextInt(3);
        for (int i = 0; i < lesser; i++) {
            answers.add(new Choice(i + "-" + word(), grade(), "lesser " + i));
        }
        Collections.shuffle(answers, random);
        return answers;
    }

    /** The best answer, lesser ones far enough not to overlap it, sometimes "any number" last. */
    private List<NumberAnswer> numbers() {
        List<NumberAnswer> numbers = new ArrayList<>();
        double value = random.nextInt(-100_000, 100_000) / 100.0;
        double tolerance = List.of(0.0, 0.005, 0.5, 10.0).get(random.nextInt(4));
        numbers.add(new NumberAnswer(value, tolerance, 1, "right"));
        int lesser = random.nextInt(3);
        for (int i = 1; i <= lesser; i++) {
            numbers.add(new NumberAnswer(value + i * 1000, 1, grade(), null));
        }
        Collections.shuffle(numbers, random);
        if (random.nextBoolean()) {
            numbers.add(NumberAnswer.any(0, "far off"));
        }
        return numbers;
    }

    /** Few answer texts, so that two prompts often share one; sometimes distractors. */
    private List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        int prompts = random.nextInt(2, 6);
        for (int i = 0; i < prompts; i++) {
            pairs.add(new Pair("prompt " + i, "answer " + random.nextInt(3)));
        }
        int distractors = random.nextInt(3);
        for (int i = 0; i < distractors; i++) {
            pairs.add(new Pair("", "distractor " + i));
        }
        Collections.shuffle(pairs, random);
        return pairs;
    }

    private double grade() {
        return GRADES[random.nextInt(GRADES.length)];
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(1, 8);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private Question choices(QuestionType type, List<Choice> choices) {
        return question(type, false, choices, List.of(), List.of());
    }

    private static Question question(QuestionType type, boolean caseSensitive, List<Choice> choices,
                                     List<NumberAnswer> numbers, List<Pair> pairs) {
        return new Question(type, List.of(), "random", "Random question?", null, 1, 0.3333333, false,
                caseSensitive, choices, numbers, pairs, List.of());
    }
}
