package org.civitas.attendance;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.ManualClock;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Self check-in, the register and its history, with the server's clock moved by the test. */
@MicronautTest(transactional = false)
@Property(name = "test.manual-clock", value = "true")
class AttendanceTest extends IntegrationTest {
    @Inject
    ManualClock clock;

    private record Program(long id, long moduleId, Browser admin) {
    }

    private Program program() {
        Browser admin = admin();
        long id = TestPrograms.published(admin, TestPrograms.body("Програма з відвідуванням"));
        return new Program(id, admin.get("/api/programs/" + id).json().get("modules").get(0).get("id").getLongValue(), admin);
    }

    private static Browser admitted(Program program, Browser learner) {
        long application = TestApplications.apply(learner, program.id());
        program.admin().post("/api/programs/" + program.id() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        return learner;
    }

    /** A session starting {@code fromNow} from the test's clock (negative: already started), 90 minutes long. */
    private long session(Program program, Duration fromNow, boolean registrationRequired) {
        Instant starts = clock.instant().plus(fromNow);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Вебінар " + fromNow);
        body.put("startsAt", starts.atOffset(ZoneOffset.UTC).toString());
        body.put("endsAt", starts.plus(Duration.ofMinutes(90)).atOffset(ZoneOffset.UTC).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://meet.example.org/x");
        body.put("registrationRequired", registrationRequired);
        Browser.Reply created = program.admin().post("/api/programs/" + program.id() + "/modules/" + program.moduleId() + "/sessions", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").getLongValue();
    }

    private static String code(Program program, long sessionId) {
        return program.admin().get("/api/sessions/" + sessionId + "/check-in-code").text("code");
    }

    private static Browser.Reply checkIn(Browser learner, long sessionId, String code) {
        return learner.post("/api/sessions/" + sessionId + "/check-in", Map.of("code", code));
    }

    @Test
    void checkInIsTakenInTheWindowWithTheCurrentCodeAndTwiceIsOnce() {
        // five seconds into a minute, so that 65 seconds on is the next minute, never the one after
        clock.advance(Duration.ofSeconds(65 - clock.instant().getEpochSecond() % 60));
        Program program = program();
        long started = session(program, Duration.ofMinutes(-5), false);
        Browser learner = admitted(program, learner());
        JsonNode code = program.admin().get("/api/sessions/" + started + "/check-in-code").json();
        assertTrue(code.get("open").getBooleanValue());
        assertTrue(code.get("qrSvg").getStringValue().startsWith("<svg"));
        assertTrue(code.get("checkInUrl").getStringValue().endsWith("/sessions/" + started + "/check-in?code=" + code.get("code").getStringValue()));

        Browser.Reply first = checkIn(learner, started, code.get("code").getStringValue());
        assertEquals(200, first.status(), first.toString());
        assertEquals("present", first.text("status"));
        assertEquals("self_check_in", first.text("source"));
        assertFalse(first.json().get("registered").getBooleanValue(), "the session asks no registration and none was made");
        Browser.Reply second = checkIn(learner, started, code.get("code").getStringValue());
        assertEquals("present", second.text("status"));
        assertFalse(second.json().get("registered").getBooleanValue(), "twice reports the same as once");
        assertEquals(1, program.admin().get("/api/sessions/" + started + "/attendance/history").json().size(), "the second changed nothing");

        clock.advance(Duration.ofSeconds(65));
        assertEquals(200, checkIn(admitted(program, learner()), started, code.get("code").getStringValue()).status(),
                "the code of the minute before is still taken");
        long late = session(program, Duration.ofMinutes(-20), false);
        assertEquals("late", checkIn(admitted(program, learner()), late, code(program, late)).text("status"));
    }

    @Test
    void checkInIsRefusedOutsideTheWindowWithAStaleOrForeignCodeAndToOutsiders() {
        Program program = program();
        long upcoming = session(program, Duration.ofHours(2), false);
        long started = session(program, Duration.ofMinutes(-5), false);
        long other = session(program, Duration.ofMinutes(-5), false);
        long needsRegistration = session(program, Duration.ofMinutes(-5), true);
        long over = session(program, Duration.ofMinutes(-200), false);
        Browser learner = admitted(program, learner());

        assertEquals("check_in_not_open", checkIn(learner, upcoming, code(program, upcoming)).code());
        assertEquals("check_in_closed", checkIn(learner, over, code(program, over)).code());
        Browser.Reply foreign = checkIn(learner, started, code(program, other));
        assertEquals(400, foreign.status());
        assertEquals(List.of("code:check_in_code_invalid"), foreign.fieldErrors());
        String stale = code(program, started);
        clock.advance(Duration.ofMinutes(3));
        assertEquals(List.of("code:check_in_code_invalid"), checkIn(learner, started, stale).fieldErrors());
        assertEquals(403, checkIn(learner(), started, code(program, started)).status(), "not admitted");
        assertEquals("not_registered", checkIn(learner, needsRegistration, code(program, needsRegistration)).code());
        learner.post("/api/sessions/" + needsRegistration + "/registration");
        Browser.Reply registered = checkIn(learner, needsRegistration, code(program, needsRegistration));
        assertEquals("present", registered.text("status"));
        assertTrue(registered.json().get("registered").getBooleanValue());
        assertEquals(400, checkIn(learner, started, "12").status());
    }

    @Test
    void guessingCodesIsLimited() {
        Program program = program();
        long started = session(program, Duration.ofMinutes(-5), false);
        Browser learner = admitted(program, learner());
        String right = code(program, started);
        String wrong = right.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 10; i++) {
            assertEquals(400, checkIn(learner, started, wrong).status());
        }
        assertEquals(429, checkIn(learner, started, right).status());
    }

    @Test
    void trainersMarkTheirProgramsOnlyAndEveryChangeIsKept() {
        Program program = program();
        long sessionId = session(program, Duration.ofMinutes(-5), false);
        Browser learner = admitted(program, learner());
        long learnerId = learner.get("/api/me").json().get("id").getLongValue();
        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        program.admin().put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        program.admin().put("/api/programs/" + program.id() + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        Browser stranger = learner();
        long strangerId = stranger.get("/api/me").json().get("id").getLongValue();
        program.admin().put("/api/admin/users/" + strangerId + "/roles", Map.of("roles", List.of("trainer")));

        JsonNode register = trainer.get("/api/sessions/" + sessionId + "/attendance").json();
        assertEquals(1, register.size());
        assertTrue(register.get(0).get("status").isNull(), "nothing recorded yet");
        checkIn(learner, sessionId, code(program, sessionId));
        Browser.Reply excused = trainer.put("/api/sessions/" + sessionId + "/attendance/" + learnerId,
                Map.of("status", "excused", "minutes", 30, "note", "Хворів"));
        assertEquals(200, excused.status(), excused.toString());
        assertEquals("trainer", excused.text("source"));
        JsonNode history = trainer.get("/api/sessions/" + sessionId + "/attendance/history").json();
        assertEquals(2, history.size());
        assertEquals("present", history.get(0).get("oldStatus").getStringValue());
        assertEquals("excused", history.get(0).get("newStatus").getStringValue());
        assertEquals(trainerId, history.get(0).get("changedBy").getLongValue());
        assertEquals(learnerId, history.get(1).get("changedBy").getLongValue(), "the learner checked themselves in");

        assertEquals(403, stranger.get("/api/sessions/" + sessionId + "/attendance").status(), "another program's trainer");
        assertEquals(403, stranger.put("/api/sessions/" + sessionId + "/attendance/" + learnerId, Map.of("status", "absent")).status());
        assertEquals(403, stranger.get("/api/sessions/" + sessionId + "/check-in-code").status());
        assertEquals(403, learner.put("/api/sessions/" + sessionId + "/attendance/" + learnerId, Map.of("status", "present")).status(),
                "nobody marks themselves, let alone others");
        assertEquals(404, trainer.put("/api/sessions/" + sessionId + "/attendance/" + strangerId, Map.of("status", "present")).status(),
                "not a participant");
        assertEquals(List.of("status:invalid"), trainer.put("/api/sessions/" + sessionId + "/attendance/" + learnerId,
                Map.of("status", "here")).fieldErrors().stream().map(f -> f.replaceAll(":.*", ":invalid")).toList());
    }

    @Test
    void parallelCheckInsOfOneLearnerMakeOneRecord() throws Exception {
        Program program = program();
        long sessionId = session(program, Duration.ofMinutes(-5), false);
        Browser learner = admitted(program, learner());
        String code = code(program, sessionId);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> checkIn(learner, sessionId, code).status()));
            }
            for (Future<Integer> reply : replies) {
                assertEquals(200, reply.get());
            }
        }
        assertEquals(1, program.admin().get("/api/sessions/" + sessionId + "/attendance").json().size());
        JsonNode history = program.admin().get("/api/sessions/" + sessionId + "/attendance/history").json();
        assertTrue(history.size() >= 1 && history.size() <= 8);
    }

    @Test
    void registersExportAsCsvWithNeutralizedFormulasAndAsXlsx() throws Exception {
        Program program = program();
        long sessionId = session(program, Duration.ofMinutes(-5), false);
        Browser learner = learner();
        Map<String, Object> profile = TestApplications.profile();
        profile.put("organization", "=HYPERLINK(\"http://evil.example\",\"click\")");
        long application = learner.post("/api/programs/" + program.id() + "/applications", Map.of("profile", profile)).json()
                .get("id").getLongValue();
        program.admin().post("/api/programs/" + program.id() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        checkIn(learner, sessionId, code(program, sessionId));

        HttpResponse<byte[]> csv = program.admin().download("/api/sessions/" + sessionId + "/attendance.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, so that Excel reads Cyrillic");
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), text);
        assertTrue(text.contains("Бойко Ірина Петрівна"));

        HttpResponse<byte[]> xlsx = program.admin().download("/api/programs/" + program.id() + "/attendance.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("Заняття", rows.getFirst().getCellText(0));
            assertTrue(rows.stream().anyMatch(r -> "present".equals(r.getCellText(5))));
            assertTrue(rows.stream().anyMatch(r -> r.getCellText(4).startsWith("'=HYPERLINK")));
        }
        assertEquals(403, learner.download("/api/sessions/" + sessionId + "/attendance.csv").statusCode());
    }
}
