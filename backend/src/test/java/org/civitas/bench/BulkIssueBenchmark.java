package org.civitas.bench;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.jdbc.DataSourceResolver;
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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bulk issue of 500 certificates (target: at least 200 per second on 2 cores, heap peak under
 * 256 MB): a program whose rules ask one attended session, 500 admitted learners who attended it
 * (written straight into the database: the benchmark measures issuing, not sign-ups), then one
 * POST of the bulk issue over HTTP. Each certificate is rendered, signed and stored with its PDF.
 * Prints the rate and the heap's peak during the issue; asserts only that all 500 were issued.
 * Run with make bench.
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class BulkIssueBenchmark extends IntegrationTest {
    private static final int LEARNERS = 500;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void fiveHundredCertificatesInOneBulkIssue() throws SQLException {
        Browser admin = admin();
        long warmUp = cohort(admin, "Розігрів", 200);
        assertEquals(200, admin.post("/api/programs/" + warmUp + "/certificates/bulk").json().get("issued").getIntValue());
        long programId = cohort(admin, "Програма для вимірювань видачі", LEARNERS);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long began = System.nanoTime();
        Browser.Reply bulk = admin.post("/api/programs/" + programId + "/certificates/bulk");
        double seconds = (System.nanoTime() - began) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        assertEquals(200, bulk.status(), bulk.toString());
        int issued = bulk.json().get("issued").getIntValue();
        System.out.printf("%nBULK ISSUE BENCHMARK: %d certificates (rendered, signed, stored) in %.2f s: %.0f per second; "
                        + "heap peak %d MB (sum of the pools' peaks, max heap %d MB), %d processors%n%n",
                issued, seconds, issued / seconds, peak / (1024 * 1024), max / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        assertEquals(LEARNERS, issued);
    }

    /** A published program with one held session, rules asking it, and {@code size} admitted learners who attended it. */
    private long cohort(Browser admin, String title, int size) throws SQLException {
        long programId = TestPrograms.published(admin, TestPrograms.body(title));
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Map<String, Object> session = new HashMap<>();
        session.put("title", "Вебінар");
        session.put("startsAt", starts.toString());
        session.put("endsAt", starts.plusMinutes(90).toString());
        session.put("format", "online");
        session.put("meetingUrl", "https://meet.example.org/bench");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", session).json().get("id").getLongValue();
        Map<String, Object> rules = new HashMap<>();
        rules.put("attendanceScope", "overall");
        rules.put("attendanceMeasure", "count");
        rules.put("attendanceMinimum", 1);
        rules.put("recordingCounts", true);
        rules.put("requiredQuizIds", List.of());
        rules.put("finalTestRequired", false);
        rules.put("version", null);
        assertEquals(200, admin.put("/api/programs/" + programId + "/completion-rules", rules).status());
        try (Connection connection = resolver.resolve(dataSource).getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < size; i++) {
                String email = "bench-" + programId + "-" + i + "@bench.civitas";
                run(connection, "INSERT INTO users (email, password_hash, surname, given_name, patronymic, roles, enabled, created_at, updated_at, "
                        + "version) VALUES (?, '$argon2id$v=19$m=19456,t=2,p=1$jZyrpNnjmMt5kS4s3c4C3Q$tgGxCuRF3f/pquiELPl2z0g7tv6xplp2pJRHyxccea8', 'Слухач', ?, 'Бенчмаркович', 'learner', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0)", email, "Номер" + i);
                run(connection, "INSERT INTO applications (program_id, user_id, status, profile, region, organization, category, answers, submitted_at, "
                        + "updated_at, decided_at, version) SELECT ?, id, 'ADMITTED', JSON_OBJECT('surname', 'Слухач', 'givenName', given_name, "
                        + "'patronymic', 'Бенчмаркович', 'email', email, 'phone', '+380670000000', 'region', 'Київська область', 'organization', "
                        + "'Громада', 'position', 'Спеціаліст', 'category', 'Посадова особа', 'gender', NULL, 'consent', TRUE), 'Київська область', "
                        + "'Громада', 'Посадова особа', '{}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0 FROM users WHERE email = ?",
                        programId, email);
                run(connection, "INSERT INTO attendance_records (session_id, user_id, status, minutes, source, updated_at, version) "
                        + "SELECT ?, id, 'present', 90, 'trainer', UTC_TIMESTAMP(6), 0 FROM users WHERE email = ?", sessionId, email);
            }
            connection.commit();
        }
        return programId;
    }

    private static void run(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
