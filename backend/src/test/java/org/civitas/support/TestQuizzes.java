package org.civitas.support;

import io.micronaut.json.tree.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tests for tests: a published final test of one short-answer question ("Київ"), and an attempt at it in one call. */
public final class TestQuizzes {
    private TestQuizzes() {
    }

    /** Creates the program's final test (no module), pass mark 60, graded by the highest attempt; answers its id. */
    public static long finalTest(Browser staff, long programId) {
        long category = staff.post("/api/programs/" + programId + "/question-categories", Map.of("name", "Підсумок")).json()
                .get("id").getLongValue();
        Map<String, Object> question = new HashMap<>();
        question.put("categoryId", category);
        question.put("type", "short_answer");
        question.put("name", "Столиця");
        question.put("text", "<p>Назвіть столицю України.</p>");
        question.put("mark", 1);
        question.put("choices", List.of(Map.of("text", "Київ", "fraction", 1)));
        long questionId = staff.post("/api/programs/" + programId + "/questions", question).json().get("id").getLongValue();
        Map<String, Object> quiz = new HashMap<>();
        quiz.put("title", "Підсумковий тест");
        quiz.put("passMark", 60);
        quiz.put("grading", "highest");
        quiz.put("layout", "all_on_one_page");
        quiz.put("questions", List.of(Map.of("questionId", questionId)));
        quiz.put("review", Map.of("afterSubmit", Map.of("score", true, "answers", true, "correctAnswers", false, "feedback", false),
                "afterClose", Map.of("score", true, "answers", true, "correctAnswers", true, "feedback", true)));
        quiz.put("published", true);
        Browser.Reply created = staff.post("/api/programs/" + programId + "/quizzes", quiz);
        if (created.status() != 201) {
            throw new IllegalStateException("quiz not created: " + created);
        }
        return created.json().get("id").getLongValue();
    }

    /** Starts an attempt at the one-question test, answers and submits it. */
    public static void take(Browser learner, long quizId, String answer) {
        JsonNode attempt = learner.post("/api/quizzes/" + quizId + "/attempts").json();
        long attemptId = attempt.get("id").getLongValue();
        long questionId = attempt.get("questions").get(0).get("id").getLongValue();
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("clientSeq", 1);
        Browser.Reply saved = learner.put("/api/attempts/" + attemptId + "/answers/" + questionId, body);
        Browser.Reply submitted = learner.post("/api/attempts/" + attemptId + "/submit");
        if (saved.status() >= 300 || submitted.status() != 200) {
            throw new IllegalStateException("attempt not submitted: " + saved + " " + submitted);
        }
    }
}
