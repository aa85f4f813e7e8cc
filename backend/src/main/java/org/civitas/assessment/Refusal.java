package org.civitas.assessment;

import org.civitas.assessment.ParsedBank.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A question a file holds but the bank does not take, thrown from deep in a reader and caught
 * where the reader knows the question's line and position.
 */
final class Refusal extends RuntimeException {

    private final String code;
    private final @Nullable String name;
    private final @Nullable String type;

    private Refusal(String code, String message, @Nullable String name, @Nullable String type) {
        super(message, null, false, false);
        this.code = code;
        this.name = name;
        this.type = type;
    }

    static Refusal malformed(String message, @Nullable String name, @Nullable String type) {
        return new Refusal(Problem.MALFORMED, message, name, type);
    }

    static Refusal unsupported(String message, String name, String type) {
        return new Refusal(Problem.UNSUPPORTED_TYPE, message, name, type);
    }

    Problem problem(int line, int position) {
        return new Problem(line, position, code, getMessage(), name, type);
    }
}
