package org.civitas.assessment;

import org.civitas.assessment.ParsedBank.Parsed;
import org.civitas.assessment.ParsedBank.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A bank as a reader fills it, in file order: the category that applies to the next question, and
 * the count of questions so far, problems included, that gives each its position.
 */
final class BankBuilder {

    private final List<Parsed> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private List<String> category = List.of();
    private int position;

    void category(List<String> category) {
        this.category = category;
    }

    List<String> category() {
        return category;
    }

    /** Reads the next question, which starts at {@code line}; a refused one becomes a problem in its place. */
    void question(int line, Supplier<Question> reader) {
        position++;
        try {
            questions.add(new Parsed(line, position, reader.get()));
        } catch (Refusal refusal) {
            problems.add(refusal.problem(line, position));
        }
    }

    ParsedBank build() {
        return new ParsedBank(List.copyOf(questions), List.copyOf(problems));
    }
}
