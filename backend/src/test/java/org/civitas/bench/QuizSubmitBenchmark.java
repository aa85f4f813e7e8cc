package org.civitas.bench;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 500 learners submit a 20-question quiz at the same second (target: no error, p95 ≤ 1 s, all done
 * within 5 s), over real HTTP against the embedded database; beside it, the same 500 learners each
 * save one answer at the same second, the smallest write the platform has (one row), as the
 * yardstick. Prints both; asserts only that nothing failed. Run with make bench.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class QuizSubmitBenchmark extends IntegrationTest {
    private static final int LEARNERS = 500;
    private static final int QUESTIONS = 20;

    private record Taker(Browser browser, long attemptId, List<JsonNode> questions) {
    }

    @Test
    void fiveHundredSubmitsAtTheSameSecond() throws Exception {
        Browser admin = admin();
        Map<String, Object> program = TestPrograms.body("Програма для вимірювань тестів");
        program.put("capacity", LEARNERS);
        long programId = TestPrograms.published(admin, program);
        long category = admin.post("/api/programs/" + programId + "/question-categories", Map.of("name", "Вимірювання")).json()
                .get("id").getLongValue();
        List<Map<String, Object>> picked = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            Map<String, Object> question = new HashMap<>();
            question.put("categoryId", category);
            question.put("type", "single_choice");
            question.put("name", "Питання " + i);
            question.put("text", "<p>Питання номер " + i + "?</p>");
            question.put("mark", 1);
            question.put("choices", List.of(Map.of("text", "Так", "fraction", 1), Map.of("text", "Ні", "fraction", 0),
                    Map.of("text", "Не знаю", "fraction", 0)));
            picked.add(Map.of("questionId", admin.post("/api/programs/" + programId + "/questions", question).json().get("id").getLongValue()));
        }
        Map<String, Object> quiz = new HashMap<>();
        quiz.put("title", "Тест для вимірювань");
        quiz.put("passMark", 60);
        quiz.put("grading", "highest");
        quiz.put("layout", "all_on_one_page");
        quiz.put("questions", picked);
        quiz.put("published", true);
        long quizId = admin.post("/api/programs/" + programId + "/quizzes", quiz).json().get("id").getLongValue();

        List<Browser> learners = new ArrayList<>();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Browser learner = learner();
            applications.add(TestApplications.apply(learner, programId));
            learners.add(learner);
        }
        for (int from = 0; from < LEARNERS; from += 100) {
            admin.post("/api/programs/" + programId + "/applications/decisions",
                    Map.of("applicationIds", applications.subList(from, Math.min(LEARNERS, from + 100)), "decision", "admit"));
        }
        List<Taker> takers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<Taker>> started = new ArrayList<>();
            for (Browser learner : learners) {
                started.add(pool.submit(() -> {
                    JsonNode attempt = learner.post("/api/quizzes/" + quizId + "/attempts").json();
                    List<JsonNode> questions = new ArrayList<>();
                    attempt.get("questions").values().forEach(questions::add);
                    long seq = 1;
                    for (JsonNode question : questions) {
                        learner.put("/api/attempts/" + attempt.get("id").getLongValue() + "/answers/" + question.get("id").getLongValue(),
                                Map.of("answer", question.get("choices").get(0).get("id").getIntValue(), "clientSeq", seq++));
                    }
                    return new Taker(learner, attempt.get("id").getLongValue(), questions);
                }));
            }
            for (Future<Taker> taker : started) {
                takers.add(taker.get());
            }
        }

        Result saves = atOnce(takers, taker -> taker.browser().put("/api/attempts/" + taker.attemptId() + "/answers/"
                + taker.questions().getFirst().get("id").getLongValue(), Map.of("answer", 0, "clientSeq", 100)));
        Result submits = atOnce(takers, taker -> taker.browser().post("/api/attempts/" + taker.attemptId() + "/submit"));
        System.out.printf("%nQUIZ BENCHMARK: %d learners, %d questions each, released at the same instant%n", LEARNERS, QUESTIONS);
        System.out.println("QUIZ BENCHMARK: " + saves.line("one answer saved (one row)"));
        System.out.println("QUIZ BENCHMARK: " + submits.line("attempt submitted and scored") + "\n");
        assertEquals(0, saves.errors().size(), saves.errors().isEmpty() ? "" : saves.errors().getFirst());
        assertEquals(0, submits.errors().size(), submits.errors().isEmpty() ? "" : submits.errors().getFirst());
    }

    private record Result(List<Long> sorted, List<String> errors, long totalNanos) {
        String line(String what) {
            return String.format("%-30s %d in %.2f s, %d errors; p50 %.0f ms, p95 %.0f ms, max %.0f ms", what, sorted.size(),
                    totalNanos / 1e9, errors.size(), at(0.50), at(0.95), sorted.getLast() / 1e6);
        }

        private double at(double share) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1e6;
        }
    }

    /** Every taker's request, held until all are ready and then let go together. */
    private static Result atOnce(List<Taker> takers, Function<Taker, Browser.Reply> request) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(takers.size());
        CountDownLatch go = new CountDownLatch(1);
        long began;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (Taker taker : takers) {
                all.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long t = System.nanoTime();
                    Browser.Reply reply = request.apply(taker);
                    latencies.add(System.nanoTime() - t);
                    if (reply.status() != 200) {
                        errors.add(reply.toString());
                    }
                    return null;
                }));
            }
            ready.await();
            began = System.nanoTime();
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
        }
        long total = System.nanoTime() - began;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, errors, total);
    }
}
