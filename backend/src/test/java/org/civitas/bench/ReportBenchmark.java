package org.civitas.bench;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The program dashboard with 5,000 participants, 40 sessions in 4 modules and 10 tests (target: at
 * most 300 ms), and streaming the list of every attendance record (200,000 rows) and of the
 * participants as CSV and XLSX (target: the heap grows less than 64 MB). The people, their
 * records, attempts and certificates are written straight into the database; the program, modules,
 * sessions and tests go through the API. Prints the figures; asserts only that the answers are whole.
 * Run with make bench.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class ReportBenchmark extends IntegrationTest {
    private static final int PEOPLE = 5000;
    private static final int MODULES = 4;
    private static final int SESSIONS_PER_MODULE = 10;
    private static final int QUIZZES = 10;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void dashboardOfFiveThousandAndAHundredThousandRowExport() throws SQLException {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма для вимірювань звітів"));
        String path = "/api/programs/" + programId;
        for (int m = 2; m <= MODULES; m++) {
            admin.post(path + "/modules", Map.of("title", "Модуль " + m, "hours", 10));
        }
        List<Long> modules = new ArrayList<>();
        admin.get(path).json().get("modules").values().forEach(m -> modules.add(m.get("id").getLongValue()));
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60);
        for (int m = 0; m < MODULES; m++) {
            for (int s = 0; s < SESSIONS_PER_MODULE; s++) {
                OffsetDateTime starts = first.plusDays(m * SESSIONS_PER_MODULE + s);
                Map<String, Object> body = new HashMap<>();
                body.put("title", "Вебінар " + (m + 1) + "." + (s + 1));
                body.put("startsAt", starts.toString());
                body.put("endsAt", starts.plusMinutes(90).toString());
                body.put("format", "online");
                body.put("meetingUrl", "https://meet.example.org/r");
                assertEquals(201, admin.post(path + "/modules/" + modules.get(m) + "/sessions", body).status());
            }
        }
        long category = admin.post(path + "/question-categories", Map.of("name", "Тести")).json().get("id").getLongValue();
        Map<String, Object> question = new HashMap<>();
        question.put("categoryId", category);
        question.put("type", "short_answer");
        question.put("name", "Питання");
        question.put("text", "<p>Питання?</p>");
        question.put("mark", 1);
        question.put("choices", List.of(Map.of("text", "Так", "fraction", 1)));
        long questionId = admin.post(path + "/questions", question).json().get("id").getLongValue();
        for (int q = 0; q < QUIZZES; q++) {
            Map<String, Object> quiz = new HashMap<>();
            quiz.put("title", q == QUIZZES - 1 ? "Підсумковий тест" : "Тест " + (q + 1));
            if (q < QUIZZES - 1) {
                quiz.put("moduleId", modules.get(q % MODULES));
            }
            quiz.put("passMark", 60);
            quiz.put("grading", "highest");
            quiz.put("layout", "all_on_one_page");
            quiz.put("questions", List.of(Map.of("questionId", questionId)));
            quiz.put("review", Map.of("afterSubmit", Map.of("score", true, "answers", true, "correctAnswers", false, "feedback", false),
                    "afterClose", Map.of("score", true, "answers", true, "correctAnswers", true, "feedback", true)));
            quiz.put("published", true);
            assertEquals(201, admin.post(path + "/quizzes", quiz).status());
        }
        Map<String, Object> rules = new HashMap<>();
        rules.put("attendanceScope", "per_module");
        rules.put("attendanceMeasure", "percent");
        rules.put("attendanceMinimum", 80);
        rules.put("recordingCounts", true);
        rules.put("requiredQuizIds", List.of());
        rules.put("finalTestRequired", true);
        rules.put("version", null);
        assertEquals(200, admin.put(path + "/completion-rules", rules).status());
        long began = System.nanoTime();
        people(programId);
        System.out.printf("%nREPORT BENCHMARK: data written in %.1f s%n", (System.nanoTime() - began) / 1e9);

        for (int i = 0; i < 5; i++) {
            assertEquals(200, admin.get(path + "/report").status());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            Browser.Reply report = admin.get(path + (i % 2 == 0 ? "/report" : "/report?region=" + java.net.URLEncoder.encode("Львівська",
                    java.nio.charset.StandardCharsets.UTF_8)));
            times.add(System.nanoTime() - t);
            assertEquals(200, report.status());
            if (i == 0) {
                assertEquals(PEOPLE, report.json().get("funnel").get("admitted").getLongValue());
            }
        }
        Collections.sort(times);
        System.out.printf("REPORT BENCHMARK: dashboard of %d participants, %d sessions, %d tests over HTTP: median %.0f ms, p95 %.0f ms, "
                        + "max %.0f ms (30 runs, every other one filtered by region)%n", PEOPLE, MODULES * SESSIONS_PER_MODULE, QUIZZES,
                times.get(times.size() / 2) / 1e6, times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6, times.getLast() / 1e6);

        for (String file : List.of("report.csv?breakdown=attendance", "report.xlsx?breakdown=attendance", "report.csv?breakdown=participant",
                "donor-report.xlsx")) {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t = System.nanoTime();
            long[] answer = admin.downloadDiscarding(path + "/" + file);
            double seconds = (System.nanoTime() - t) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long oldPeak = heap.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long after = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            assertEquals(200, answer[0]);
            System.out.printf("REPORT BENCHMARK: %s: %.1f MB in %.2f s; heap %d MB before, %d MB after; peak with garbage %d MB (+%d MB), "
                            + "old generation peak %d MB (+%d MB over the heap before)%n", file, answer[1] / 1e6, seconds, before >> 20,
                    after >> 20, peak >> 20, (peak - before) >> 20, oldPeak >> 20, (oldPeak - before) >> 20);
        }
        System.out.println();
    }

    /** 5,000 admitted people in 4 oblasts with their records at every session, an attempt at every test, and certificates for half. */
    private void people(long programId) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection(); Statement sql = connection.createStatement()) {
            String numbers = "(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 1 AS n FROM " + digits("a") + " CROSS JOIN " + digits("b")
                    + " CROSS JOIN " + digits("c") + " CROSS JOIN " + digits("e") + ") seq WHERE seq.n <= " + PEOPLE;
            sql.executeUpdate("INSERT INTO users (email, password_hash, surname, given_name, patronymic, roles, enabled, created_at, updated_at, version) "
                    + "SELECT CONCAT('report-', " + programId + ", '-', n, '@bench.civitas'), 'x', CONCAT('Прізвище', n), 'Ім’я', NULL, 'learner', TRUE, "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0 FROM " + numbers);
            sql.executeUpdate("INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, "
                    + "submitted_at, updated_at, decided_at, version) SELECT " + programId + ", u.id, 'ADMITTED', JSON_OBJECT('surname', u.surname, "
                    + "'givenName', u.given_name, 'email', u.email, 'phone', '+380670000000', 'region', ELT(u.id MOD 4 + 1, 'Полтавська', 'Львівська', "
                    + "'Чернігівська', 'Житомирська'), 'organization', CONCAT('Громада ', u.id MOD 50), 'position', 'Спеціаліст', 'category', "
                    + "ELT(u.id MOD 3 + 1, 'ОМС', 'ОДА', 'ГО'), 'gender', ELT(u.id MOD 3 + 1, 'female', 'male', NULL), 'consent', TRUE), "
                    + "ELT(u.id MOD 4 + 1, 'Полтавська', 'Львівська', 'Чернігівська', 'Житомирська'), CONCAT('Громада ', u.id MOD 50), "
                    + "ELT(u.id MOD 3 + 1, 'ОМС', 'ОДА', 'ГО'), '{}', UTC_TIMESTAMP(6) - INTERVAL 70 DAY, UTC_TIMESTAMP(6), "
                    + "UTC_TIMESTAMP(6) - INTERVAL 65 DAY, 0 FROM users u WHERE u.email LIKE 'report-" + programId + "-%'");
            sql.executeUpdate("INSERT INTO attendance_records (session_id, user_id, status, minutes, source, updated_at, version) "
                    + "SELECT s.id, a.user_id, ELT((s.id + a.user_id) MOD 10 + 1, 'present', 'present', 'present', 'present', 'present', 'late', "
                    + "'present', 'absent', 'excused', 'present'), 80, IF((s.id + a.user_id) MOD 10 = 9, 'recording', 'imported_report'), "
                    + "UTC_TIMESTAMP(6), 0 FROM sessions s JOIN applications a ON a.program_id = s.program_id WHERE s.program_id = " + programId);
            sql.executeUpdate("INSERT INTO quiz_attempts (quiz_id, user_id, number, status, started_at, submitted_at, score, passed, slots, version) "
                    + "SELECT q.id, a.user_id, 1, 'submitted', UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6) - INTERVAL 5 DAY, "
                    + "(a.user_id * 7 + q.id * 13) MOD 101, (a.user_id * 7 + q.id * 13) MOD 101 >= 60, '[]', 0 "
                    + "FROM quizzes q JOIN applications a ON a.program_id = q.program_id WHERE q.program_id = " + programId);
            sql.executeUpdate("INSERT INTO certificates (program_id, user_id, current_holder, serial, verification_code, status, learner_name, "
                    + "program_title, program_type, duration, hours, ects, learning_outcomes, provider_name, signatories, issued_at, pdf_key, "
                    + "pdf_sha256, pdf_size, pdf_crc32, version) SELECT a.program_id, a.user_id, a.user_id, CONCAT('BENCH-', a.program_id, '-', a.user_id), "
                    + "CONCAT('B', a.program_id, 'X', a.user_id), IF(a.user_id MOD 50 = 0, 'revoked', 'valid'), 'Слухач', 'Програма', 'general', "
                    + "'short_term', 45, 1.5, '[]', 'Центр', '[]', UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'bench', REPEAT('0', 64), 1, 0, 0 "
                    + "FROM applications a WHERE a.program_id = " + programId + " AND a.user_id MOD 2 = 0");
        }
    }

    private static String digits(String alias) {
        return "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
                + "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) " + alias;
    }
}
