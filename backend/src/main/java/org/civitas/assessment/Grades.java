package org.civitas.assessment;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What other features need to know of tests: a program's quizzes and the grade each learner holds in them. */
@Singleton
public class Grades {
    private final QuizRepository quizzes;
    private final AttemptRepository attempts;

    Grades(QuizRepository quizzes, AttemptRepository attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    public List<QuizFacts> quizzesOf(long programId) {
        return quizzes.findByProgramIdOrderById(programId).stream().map(QuizFacts::of).toList();
    }

    /**
     * Each user's grade (percent) in each quiz of the program, under the quiz's grading (highest,
     * last, first or average of submitted attempts), in two queries; a quiz a user never submitted is
     * left out of their map, and users with none are left out.
     */
    public Map<Long, Map<Long, Double>> grades(long programId, Collection<Long> userIds) {
        Map<Long, Map<Long, Double>> byUser = new HashMap<>();
        List<QuizRow> rows = quizzes.findByProgramIdOrderById(programId);
        if (rows.isEmpty() || userIds.isEmpty()) {
            return byUser;
        }
        Map<Long, Map<Long, List<AttemptRow>>> submitted = new HashMap<>();
        for (AttemptRow attempt : attempts.findSubmitted(rows.stream().map(QuizRow::requireId).toList(), userIds)) {
            submitted.computeIfAbsent(attempt.userId(), k -> new HashMap<>())
                    .computeIfAbsent(attempt.quizId(), k -> new ArrayList<>()).add(attempt);
        }
        Map<Long, String> grading = new HashMap<>();
        rows.forEach(q -> grading.put(q.requireId(), q.grading()));
        submitted.forEach((userId, byQuiz) -> byQuiz.forEach((quizId, finished) -> {
            Double grade = Quizzes.graded(grading.get(quizId), finished);
            if (grade != null) {
                byUser.computeIfAbsent(userId, k -> new HashMap<>()).put(quizId, grade);
            }
        }));
        return byUser;
    }
}
