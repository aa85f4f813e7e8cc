package org.civitas.assessment;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What a GIFT or Moodle XML file holds, before anything is saved: the questions read, and every
 * problem (a malformed question, an unsupported type) with where it is. Reading never stops at
 * the first problem.
 *
 * @param questions the questions read, in file order
 * @param problems  what could not be read, in file order
 */
record ParsedBank(List<Parsed> questions, List<Problem> problems) {

    /** A question read, with where it starts: a line number (GIFT) or the question's position, from 1 (XML). */
    record Parsed(int line, int position, Question question) {
    }

    /**
     * A question not taken: {@code code} is {@code unsupported_type} (with {@code type} the file's
     * own name for it: essay, cloze, ddwtos, …) or {@code malformed}; {@code message} says what
     * is wrong in plain words (English; the screen translates the code).
     */
    record Problem(int line, int position, String code, String message, @Nullable String name, @Nullable String type) {
        static final String UNSUPPORTED_TYPE = "unsupported_type";
        static final String MALFORMED = "malformed";
    }
}
