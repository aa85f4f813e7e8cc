package org.civitas.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The question types a bank holds; anything else a file brings is reported as unsupported. */
enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERICAL, MATCHING;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<QuestionType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
