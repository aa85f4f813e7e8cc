package org.civitas.assessment;

import org.civitas.platform.errors.ApiException;

import java.util.List;
import java.util.Objects;

/**
 * Turns what the editor sends into a question: HTML cleaned where texts are HTML, plain texts
 * stripped, Moodle's defaults where nothing was said, and the same checks an import passes.
 */
final class QuestionInput {
    private QuestionInput() {
    }

    static Question question(BankViews.QuestionRequest r) {
        QuestionType type = QuestionType.parse(Objects.requireNonNull(r.type())).orElseThrow();
        boolean htmlChoices = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        List<Question.Choice> choices = r.choices() == null ? List.of() : r.choices().stream()
                .map(c -> new Question.Choice(htmlChoices ? QuestionHtml.clean(Objects.requireNonNull(c.text()))
                        : Objects.requireNonNull(c.text()).strip(), Objects.requireNonNull(c.fraction()), QuestionHtml.cleanOrNull(c.feedback())))
                .toList();
        List<Question.NumberAnswer> numbers = r.numbers() == null ? List.of() : r.numbers().stream()
                .map(n -> new Question.NumberAnswer(Objects.requireNonNull(n.value()), Objects.requireNonNull(n.tolerance()),
                        Objects.requireNonNull(n.fraction()), QuestionHtml.cleanOrNull(n.feedback())))
                .toList();
        List<Question.Pair> pairs = r.pairs() == null ? List.of() : r.pairs().stream()
                .map(p -> new Question.Pair(QuestionHtml.clean(Objects.requireNonNull(p.prompt())), Objects.requireNonNull(p.answer()).strip()))
                .toList();
        List<String> tags = r.tags() == null ? List.of() : r.tags().stream().map(String::strip).distinct().toList();
        String text = QuestionHtml.clean(Objects.requireNonNull(r.text()));
        double penalty = r.penalty() != null ? r.penalty() : QuestionStem.DEFAULT_PENALTY;
        Question question = new Question(type, List.of(), Objects.requireNonNull(r.name()).strip(), text,
                QuestionHtml.cleanOrNull(r.feedback()), Objects.requireNonNull(r.mark()), penalty,
                r.shuffle() == null || r.shuffle(), r.caseSensitive() != null && r.caseSensitive(), choices, numbers, pairs, tags);
        trueFalseProblem(question).or(() -> QuestionRules.problem(question)).ifPresent(problem -> {
            throw ApiException.invalidField("question", "question_invalid", problem);
        });
        return question;
    }

    /** True/false carries exactly its two sides, "true" then "false", one of them right. */
    private static java.util.Optional<String> trueFalseProblem(Question q) {
        if (q.type() != QuestionType.TRUE_FALSE) {
            return java.util.Optional.empty();
        }
        List<Question.Choice> c = q.choices();
        boolean shaped = c.size() == 2 && c.get(0).text().equals("true") && c.get(1).text().equals("false")
                && c.stream().filter(choice -> choice.fraction() == 1).count() == 1
                && c.stream().allMatch(choice -> choice.fraction() == 1 || choice.fraction() == 0);
        return shaped ? java.util.Optional.empty()
                : java.util.Optional.of("A true/false question has two choices, \"true\" and \"false\", and exactly one of them is right.");
    }
}
