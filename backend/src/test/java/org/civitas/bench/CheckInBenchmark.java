package org.civitas.bench;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 self check-ins within 10 seconds (target: p99 at most 100 ms, no error): 100 admitted
 * learners check into 10 sessions each, over real HTTP against the embedded database, 50 at a time,
 * started at an even pace across the 10 seconds. Prints the figures; asserts only that none failed.
 * Run with make bench.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class CheckInBenchmark extends IntegrationTest {
    private static final int LEARNERS = 100;
    private static final int SESSIONS = 10;

    @Test
    void thousandCheckInsWithinTenSeconds() throws Exception {
        Browser admin = admin();
        Map<String, Object> program = TestPrograms.body("Програма для вимірювань");
        program.put("capacity", LEARNERS);
        long programId = TestPrograms.published(admin, program);
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        List<Long> sessions = new ArrayList<>();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        for (int i = 0; i < SESSIONS; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("title", "Вебінар " + i);
            body.put("startsAt", starts.toString());
            body.put("endsAt", starts.plusMinutes(90).toString());
            body.put("format", "online");
            body.put("meetingUrl", "https://meet.example.org/" + i);
            sessions.add(admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", body).json().get("id").getLongValue());
        }
        List<Browser> learners = new ArrayList<>();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Browser learner = learner();
            applications.add(TestApplications.apply(learner, programId));
            learners.add(learner);
        }
        admin.post("/api/programs/" + programId + "/applications/decisions", Map.of("applicationIds", applications, "decision", "admit"));
        Map<Long, String> codes = new HashMap<>();
        sessions.forEach(id -> codes.put(id, admin.get("/api/sessions/" + id + "/check-in-code").text("code")));

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(50);
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            int n = 0;
            for (long sessionId : sessions) {
                for (Browser learner : learners) {
                    long due = began + n++ * 10_000_000L; // 1,000 over 10 s: one every 10 ms
                    all.add(pool.submit(() -> {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        inFlight.acquire();
                        try {
                            long t = System.nanoTime();
                            Browser.Reply reply = learner.post("/api/sessions/" + sessionId + "/check-in", Map.of("code", codes.get(sessionId)));
                            latencies.add(System.nanoTime() - t);
                            if (reply.status() != 200) {
                                errors.add(reply.toString());
                            }
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        long total = System.nanoTime() - began;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%nCHECK-IN BENCHMARK: %d check-ins in %.2f s, %d errors; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                sorted.size(), total / 1e9, errors.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.getLast() / 1e6);
        assertEquals(0, errors.size(), errors.isEmpty() ? "" : errors.getFirst());
    }

    private static double at(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }
}
