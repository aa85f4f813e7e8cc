package org.civitas.assessment;

import org.jspecify.annotations.Nullable;

/** What other features need to know of a quiz: a module's test ({@code moduleId}) or the program's final test (none). */
public record QuizFacts(long id, long programId, @Nullable Long moduleId, String title, double passMark, boolean published) {
    static QuizFacts of(QuizRow row) {
        return new QuizFacts(row.requireId(), row.programId(), row.moduleId(), row.title(), row.passMark(), row.published());
    }
}
