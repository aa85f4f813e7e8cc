package org.civitas.assessment;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.ManualClock;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quizzes and attempts over HTTP: nothing leaks before the review allows it, answers are never lost, limits hold under load. */
@MicronautTest(transactional = false)
@Property(name = "test.manual-clock", value = "true")
class QuizAttemptsTest extends IntegrationTest {
    @Inject
    ManualClock clock;
    @Inject
    Attempts attempts;

    private record Setup(Browser admin, Browser trainer, long programId, List<Long> questions) {
    }

    private Setup setup() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма з тестами"));
        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        long category = trainer.post("/api/programs/" + programId + "/question-categories", Map.of("name", "Бюджет")).json()
                .get("id").getLongValue();
        List<Long> ids = new ArrayList<>();
        ids.add(question(trainer, programId, category, "single_choice", "Який документ визначає бюджетний процес?", List.of(
                Map.of("text", "Бюджетний кодекс України", "fraction", 1, "feedback", "Саме так, кодекс."),
                Map.of("text", "Податковий кодекс України", "fraction", 0, "feedback", "Ні, він про податки."))));
        ids.add(question(trainer, programId, category, "multiple_choice", "Що належить до власних доходів громади?", List.of(
                Map.of("text", "Місцеві податки", "fraction", 0.5), Map.of("text", "Місцеві збори", "fraction", 0.5),
                Map.of("text", "Митні платежі", "fraction", -1))));
        ids.add(question(trainer, programId, category, "short_answer", "Назвіть столицю України.", List.of(
                Map.of("text", "Київ", "fraction", 1))));
        return new Setup(admin, trainer, programId, ids);
    }

    private static long question(Browser trainer, long programId, long category, String type, String text, List<Map<String, Object>> choices) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", category);
        body.put("type", type);
        body.put("name", text.substring(0, 20));
        body.put("text", "<p>" + text + "</p>");
        body.put("feedback", "Загальний відгук.");
        body.put("mark", 1);
        body.put("choices", choices);
        Browser.Reply created = trainer.post("/api/programs/" + programId + "/questions", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").getLongValue();
    }

    private long quiz(Setup setup, Integer attemptsAllowed, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Модульний тест: бюджет");
        body.put("passMark", 60);
        body.put("attemptsAllowed", attemptsAllowed);
        body.put("grading", "highest");
        body.put("timeLimitMinutes", minutes);
        body.put("layout", "one_per_page");
        body.put("shuffleChoices", true);
        body.put("questions", setup.questions().stream().map(id -> Map.of("questionId", id)).toList());
        body.put("review", Map.of("afterSubmit", Map.of("score", true, "answers", true, "correctAnswers", false, "feedback", false),
                "afterClose", Map.of("score", true, "answers", true, "correctAnswers", true, "feedback", true)));
        body.put("published", true);
        Browser.Reply created = setup.trainer().post("/api/programs/" + setup.programId() + "/quizzes", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").getLongValue();
    }

    private Browser admitted(Setup setup) {
        Browser learner = learner();
        long application = TestApplications.apply(learner, setup.programId());
        setup.admin().post("/api/programs/" + setup.programId() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        return learner;
    }

    private static JsonNode question(JsonNode attempt, String type) {
        return StreamSupport.stream(attempt.get("questions").values().spliterator(), false)
                .filter(q -> q.get("type").getStringValue().equals(type)).findFirst().orElseThrow();
    }

    private static int choice(JsonNode question, String text) {
        return StreamSupport.stream(question.get("choices").values().spliterator(), false)
                .filter(c -> c.get("text").getStringValue().equals(text)).findFirst().orElseThrow().get("id").getIntValue();
    }

    private static Browser.Reply answer(Browser learner, JsonNode attempt, JsonNode question, Object answer, long seq) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("clientSeq", seq);
        return learner.put("/api/attempts/" + attempt.get("id").getLongValue() + "/answers/" + question.get("id").getLongValue(), body);
    }

    @Test
    void anAttemptShowsNoRightAnswerOrScoreUntilTheReviewAllowsAndKeepsTheNewestAnswer() {
        Setup setup = setup();
        long quiz = quiz(setup, 2, 30);
        Browser learner = admitted(setup);
        Browser.Reply started = learner.post("/api/quizzes/" + quiz + "/attempts");
        assertEquals(201, started.status(), started.toString());
        JsonNode attempt = started.json();
        String raw = started.body();
        String questions = attempt.get("questions").toString();
        for (String secret : List.of("fraction", "feedback", "Саме так", "Загальний відгук", "Київ", "correct", "score")) {
            assertFalse(questions.contains(secret), "an attempt in progress must not carry " + secret + ": " + raw);
        }
        assertTrue(attempt.get("questions").get(0).get("review").isNull());
        assertFalse(attempt.get("shows").get("correctAnswers").getBooleanValue(), "the policy said, the answers not shown");
        assertNull(attempt.get("score").getValue());
        assertEquals(3, attempt.get("questions").size());
        assertEquals(200, learner.post("/api/quizzes/" + quiz + "/attempts").status(), "a second start resumes");

        JsonNode single = question(attempt, "single_choice");
        JsonNode multiple = question(attempt, "multiple_choice");
        JsonNode text = question(attempt, "short_answer");
        assertEquals(200, answer(learner, attempt, single, choice(single, "Податковий кодекс України"), 1).status());
        assertTrue(answer(learner, attempt, single, choice(single, "Бюджетний кодекс України"), 3).json().get("saved").getBooleanValue());
        assertFalse(answer(learner, attempt, single, choice(single, "Податковий кодекс України"), 2).json().get("saved").getBooleanValue(),
                "an older save arriving late changes nothing");
        assertTrue(answer(learner, attempt, single, choice(single, "Бюджетний кодекс України"), 3).json().get("saved").getBooleanValue(),
                "the same save twice is one");
        answer(learner, attempt, multiple, List.of(choice(multiple, "Місцеві податки")), 4);
        answer(learner, attempt, text, "  київ ", 5);
        assertEquals(List.of("answer:answer_invalid"), answer(learner, attempt, single, "Бюджетний кодекс", 6).fieldErrors());
        assertEquals(List.of("answer:answer_invalid"), answer(learner, attempt, single, 99, 7).fieldErrors());

        JsonNode reloaded = learner.get("/api/attempts/" + attempt.get("id").getLongValue()).json();
        assertEquals(choice(single, "Бюджетний кодекс України"), question(reloaded, "single_choice").get("answer").getIntValue(),
                "a reload shows the newest answer");

        JsonNode submitted = learner.post("/api/attempts/" + attempt.get("id").getLongValue() + "/submit").json();
        assertEquals("submitted", submitted.get("status").getStringValue());
        assertEquals(83.33, submitted.get("score").getDoubleValue(), 1e-9, "1 + 0.5 + 1 of 3 marks");
        assertTrue(submitted.get("passed").getBooleanValue());
        JsonNode review = question(submitted, "single_choice").get("review");
        assertEquals(1.0, review.get("score").getDoubleValue(), 1e-9);
        assertTrue(review.get("correctAnswer").isNull(), "the policy shows right answers only after the quiz closes");
        assertTrue(review.get("feedback").isNull());
        JsonNode again = learner.post("/api/attempts/" + attempt.get("id").getLongValue() + "/submit").json();
        for (String field : List.of("status", "score", "passed", "submittedAt", "questions")) {
            assertEquals(submitted.get(field), again.get(field), "submitting again answers the same " + field);
        }
        assertEquals(409, answer(learner, attempt, single, 0, 8).status(), "a closed attempt takes no answers");

        JsonNode staffView = setup.trainer().get("/api/attempts/" + attempt.get("id").getLongValue()).json();
        assertEquals(choice(single, "Бюджетний кодекс України"),
                question(staffView, "single_choice").get("review").get("correctAnswer").getIntValue(), "staff see everything");
        assertEquals(403, learner().get("/api/attempts/" + attempt.get("id").getLongValue()).status(), "a learner of no program");
        assertEquals(404, admitted(setup).get("/api/attempts/" + attempt.get("id").getLongValue()).status(), "another participant");
        assertEquals(1, setup.trainer().get("/api/quizzes/" + quiz + "/attempts").json().size());
        assertEquals(403, learner.get("/api/quizzes/" + quiz + "/attempts").status());
        Setup other = setup();
        assertEquals(403, other.trainer().get("/api/quizzes/" + quiz + "/attempts").status(), "another program's trainer");
        assertEquals(403, other.trainer().get("/api/attempts/" + attempt.get("id").getLongValue()).status());

        JsonNode standing = learner.get("/api/quizzes/" + quiz).json();
        assertTrue(standing.get("questions").isNull(), "a learner never sees the quiz's questions list");
        assertEquals(1, standing.get("me").get("attemptsLeft").getIntValue());
        assertEquals(83.33, standing.get("me").get("score").getDoubleValue(), 1e-9);
    }

    @Test
    void theServersDeadlineHoldsAndAnOverdueAttemptIsClosedAndScored() {
        Setup setup = setup();
        long quiz = quiz(setup, null, 10);
        Browser learner = admitted(setup);
        JsonNode attempt = learner.post("/api/quizzes/" + quiz + "/attempts").json();
        JsonNode single = question(attempt, "single_choice");
        answer(learner, attempt, single, choice(single, "Бюджетний кодекс України"), 1);
        clock.advance(Duration.ofMinutes(10).plusSeconds(20));
        assertEquals(200, answer(learner, attempt, question(attempt, "short_answer"), "Київ", 2).status(), "within the grace");
        clock.advance(Duration.ofSeconds(15));
        Browser.Reply late = answer(learner, attempt, question(attempt, "short_answer"), "Львів", 3);
        assertEquals("deadline_passed", late.code());

        attempts.closeOverdue();
        JsonNode closed = learner.get("/api/attempts/" + attempt.get("id").getLongValue()).json();
        assertEquals("submitted", closed.get("status").getStringValue());
        assertEquals(66.67, closed.get("score").getDoubleValue(), 1e-9, "the two answers saved in time");
        assertEquals(attempt.get("deadline").getStringValue(), closed.get("submittedAt").getStringValue(), "it ended at its deadline");
    }

    @Test
    void fiftyParallelStartsMakeOneAttemptAndTheLimitHoldsUnderLoad() throws Exception {
        Setup setup = setup();
        long quiz = quiz(setup, 3, null);
        Browser learner = admitted(setup);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Future<Browser.Reply>> starts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                starts.add(pool.submit(() -> learner.post("/api/quizzes/" + quiz + "/attempts")));
            }
            long created = 0;
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<Browser.Reply> start : starts) {
                Browser.Reply reply = start.get();
                assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
                created += reply.status() == 201 ? 1 : 0;
                ids.add(reply.json().get("id").getLongValue());
            }
            assertEquals(1, created);
            assertEquals(1, ids.size(), "every start answered the one attempt");

            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                rounds.add(pool.submit(() -> {
                    Browser.Reply reply = learner.post("/api/quizzes/" + quiz + "/attempts");
                    if (reply.status() == 409) {
                        assertEquals("no_attempts_left", reply.code());
                        return 0;
                    }
                    learner.post("/api/attempts/" + reply.json().get("id").getLongValue() + "/submit");
                    return 1;
                }));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode all = setup.trainer().get("/api/quizzes/" + quiz + "/attempts").json();
        assertEquals(3, all.size(), "exactly the attempts allowed");
        assertEquals("no_attempts_left", learner.post("/api/quizzes/" + quiz + "/attempts").code());
    }

    @Test
    void trainersSeeItemAnalysisRegradeAfterAFixExportAttemptsAndTryQuestionsInThePreview() {
        Setup setup = setup();
        long quiz = quiz(setup, null, null);
        for (String city : List.of("Київ", "Львів", "Київ")) {
            Browser learner = admitted(setup);
            JsonNode attempt = learner.post("/api/quizzes/" + quiz + "/attempts").json();
            JsonNode single = question(attempt, "single_choice");
            answer(learner, attempt, single, choice(single, city.equals("Київ") ? "Бюджетний кодекс України" : "Податковий кодекс України"), 1);
            answer(learner, attempt, question(attempt, "short_answer"), city, 2);
            learner.post("/api/attempts/" + attempt.get("id").getLongValue() + "/submit");
        }
        JsonNode analysis = setup.trainer().get("/api/quizzes/" + quiz + "/analysis").json();
        assertEquals(3, analysis.get("attempts").getIntValue());
        JsonNode single = StreamSupport.stream(analysis.get("questions").values().spliterator(), false)
                .filter(q -> q.get("type").getStringValue().equals("single_choice")).findFirst().orElseThrow();
        assertEquals(2.0 / 3, single.get("facility").getDoubleValue(), 1e-9, "two of three chose the code");
        assertTrue(single.get("discrimination").getDoubleValue() > 0.9, "those who chose it did better on the rest");
        assertEquals(2, single.get("choices").get(0).get("picked").getIntValue());
        assertEquals(403, learner().get("/api/quizzes/" + quiz + "/analysis").status());

        // the trainer accepts Львів too, fixing the question: a new version, and a regrade counts it
        long shortAnswer = setup.questions().get(2);
        JsonNode current = setup.trainer().get("/api/questions/" + shortAnswer).json();
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("categoryId", current.get("categoryId").getLongValue());
        fixed.put("type", "short_answer");
        fixed.put("name", current.get("name").getStringValue());
        fixed.put("text", current.get("text").getStringValue());
        fixed.put("mark", 1);
        fixed.put("choices", List.of(Map.of("text", "Київ", "fraction", 1), Map.of("text", "Львів", "fraction", 1)));
        fixed.put("version", current.get("version").getLongValue());
        assertEquals(2, setup.trainer().put("/api/questions/" + shortAnswer, fixed).json().get("versionNumber").getIntValue());
        assertEquals(3, setup.trainer().post("/api/quizzes/" + quiz + "/regrade").json().get("regraded").getIntValue());
        List<Double> scores = new ArrayList<>();
        setup.trainer().get("/api/quizzes/" + quiz + "/attempts").json().values().forEach(a -> scores.add(a.get("score").getDoubleValue()));
        assertEquals(List.of(66.67, 33.33, 66.67), scores, "Львів now earns its mark; the wrong choice still costs");

        Browser.Reply csv = setup.trainer().get("/api/quizzes/" + quiz + "/attempts.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFF") && csv.body().contains("33.33"), csv.body());
        assertEquals(200, setup.trainer().get("/api/quizzes/" + quiz + "/attempts.xlsx").status());

        long singleId = setup.questions().get(0);
        JsonNode right = setup.trainer().post("/api/questions/" + singleId + "/check", Map.of("answer", 0)).json();
        assertEquals("correct", right.get("state").getStringValue());
        assertEquals("Саме так, кодекс.", right.get("feedback").getStringValue());
        JsonNode partly = setup.trainer().post("/api/questions/" + setup.questions().get(1) + "/check", Map.of("answer", List.of(0, 2))).json();
        assertEquals(0, partly.get("fraction").getDoubleValue(), 1e-9, "a half and a penalty of one");
        assertEquals(List.of("answer:answer_invalid"), setup.trainer().post("/api/questions/" + singleId + "/check",
                Map.of("answer", "так")).fieldErrors());
    }
}
