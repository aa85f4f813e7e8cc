package org.civitas.reporting;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.civitas.support.TestQuizzes;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program with known people and events, and every number of its report: seven applicants from
 * two oblasts, five admitted, two sessions, a final test, two certificates of which one is revoked.
 */
@MicronautTest(transactional = false)
class ReportsTest extends IntegrationTest {
    private Browser admin;
    private long programId;
    private String path;

    private record Person(String region, String organization, String category, String gender) {
    }

    private long apply(Browser learner, Person person) {
        Map<String, Object> profile = TestApplications.profile();
        profile.put("region", person.region());
        profile.put("organization", person.organization());
        profile.put("category", person.category());
        profile.put("gender", person.gender());
        Browser.Reply applied = learner.post("/api/programs/" + programId + "/applications", Map.of("profile", profile));
        assertEquals(201, applied.status(), applied.toString());
        return applied.json().get("id").getLongValue();
    }

    private static long userId(Browser browser) {
        return browser.get("/api/me").json().get("id").getLongValue();
    }

    private long session(long moduleId, int daysAgo) {
        Instant starts = Instant.now().minus(Duration.ofDays(daysAgo));
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Вебінар " + daysAgo);
        body.put("startsAt", starts.atOffset(ZoneOffset.UTC).toString());
        body.put("endsAt", starts.plus(Duration.ofMinutes(90)).atOffset(ZoneOffset.UTC).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://meet.example.org/r");
        return admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", body).json().get("id").getLongValue();
    }

    private void mark(long sessionId, Browser learner, String status) {
        Browser.Reply marked = admin.put("/api/sessions/" + sessionId + "/attendance/" + userId(learner), Map.of("status", status));
        assertEquals(200, marked.status(), marked.toString());
    }

    Browser l1;
    Browser l7;

    @BeforeEach
    void aProgramWithKnownPeople() {
        admin = admin();
        programId = TestPrograms.published(admin, TestPrograms.body("Програма для звіту"));
        path = "/api/programs/" + programId;
        long moduleId = admin.get(path).json().get("modules").get(0).get("id").getLongValue();
        long s1 = session(moduleId, 3);
        long s2 = session(moduleId, 2);
        long quizId = TestQuizzes.finalTest(admin, programId);
        Map<String, Object> rules = new HashMap<>();
        rules.put("attendanceScope", "overall");
        rules.put("attendanceMeasure", "count");
        rules.put("attendanceMinimum", 2);
        rules.put("recordingCounts", true);
        rules.put("requiredQuizIds", List.of());
        rules.put("finalTestRequired", false);
        rules.put("version", null);
        assertEquals(200, admin.put(path + "/completion-rules", rules).status());

        Person poltavaWoman = new Person("Полтавська", "Гадяцька міська рада", "ОМС", "female");
        l1 = learner();
        Browser l2 = learner();
        Browser l3 = learner();
        Browser l4 = learner();
        Browser l5 = learner();
        Browser l6 = learner();
        l7 = learner();
        List<Long> admitted = List.of(apply(l1, poltavaWoman),
                apply(l2, new Person("Полтавська", "Гадяцька міська рада", "ОМС", "male")),
                apply(l3, new Person("Львівська", "Львівська ОДА", "ОДА", "female")),
                apply(l4, new Person("Львівська", "Львівська ОДА", "ОДА", null)),
                apply(l7, new Person("Львівська", "Стрийська міська рада", "ОМС", "female")));
        apply(l5, poltavaWoman);
        long rejected = apply(l6, new Person("Полтавська", "=HYPERLINK(\"http://evil\")", "ОДА", "male"));
        admin.post(path + "/applications/decisions", Map.of("applicationIds", admitted, "decision", "admit"));
        admin.post(path + "/applications/decisions", Map.of("applicationIds", List.of(rejected), "decision", "reject"));

        mark(s1, l1, "present");
        mark(s2, l1, "present");
        mark(s1, l2, "late");
        mark(s2, l2, "absent");
        mark(s1, l3, "excused");
        mark(s2, l3, "present");
        mark(s1, l7, "present");
        mark(s2, l7, "present");
        TestQuizzes.take(l1, quizId, "Київ");
        TestQuizzes.take(l2, quizId, "Одеса");
        long l7certificate = l7.get("/api/me/certificates").json().get(0).get("id").getLongValue();
        assertEquals(200, admin.post("/api/certificates/" + l7certificate + "/revoke", Map.of("reason", "Помилка")).status());
    }

    private static Map<String, JsonNode> byValue(JsonNode rows) {
        return StreamSupport.stream(rows.values().spliterator(), false)
                .collect(Collectors.toMap(r -> r.get("value").isNull() ? "—" : r.get("value").getStringValue(), r -> r));
    }

    private static List<Long> counts(JsonNode row) {
        return List.of(row.get("applied").getLongValue(), row.get("admitted").getLongValue(), row.get("attended").getLongValue(),
                row.get("certified").getLongValue());
    }

    @Test
    void everyNumberOfTheFunnelSessionsTestsCertificatesAndBreakdowns() {
        JsonNode report = admin.get(path + "/report").json();
        JsonNode funnel = report.get("funnel");
        assertEquals(List.of(7L, 5L, 4L, 2L, 1L, 1L), List.of(funnel.get("applied").getLongValue(), funnel.get("admitted").getLongValue(),
                funnel.get("attendedAny").getLongValue(), funnel.get("attendanceComplete").getLongValue(),
                funnel.get("finalTestPassed").getLongValue(), funnel.get("certified").getLongValue()));

        JsonNode s1 = report.get("sessions").get(0);
        JsonNode s2 = report.get("sessions").get(1);
        assertEquals(List.of(2L, 1L, 1L, 0L, 0L, 1L), List.of(s1.get("present").getLongValue(), s1.get("late").getLongValue(),
                s1.get("excused").getLongValue(), s1.get("absent").getLongValue(), s1.get("viaRecording").getLongValue(),
                s1.get("unrecorded").getLongValue()));
        assertEquals(List.of(3L, 0L, 0L, 1L, 0L, 1L), List.of(s2.get("present").getLongValue(), s2.get("late").getLongValue(),
                s2.get("excused").getLongValue(), s2.get("absent").getLongValue(), s2.get("viaRecording").getLongValue(),
                s2.get("unrecorded").getLongValue()));
        JsonNode module = report.get("modules").get(0);
        assertEquals(2, module.get("sessions").getIntValue());
        assertEquals(5, module.get("present").getLongValue());

        JsonNode quiz = report.get("quizzes").get(0);
        assertEquals(2, quiz.get("learners").getLongValue());
        assertEquals(2, quiz.get("attempts").getLongValue());
        assertEquals(1, quiz.get("passed").getLongValue());
        assertEquals(50.0, quiz.get("passRate").getDoubleValue());
        assertEquals(50.0, quiz.get("averageScore").getDoubleValue());
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), StreamSupport.stream(quiz.get("distribution").values().spliterator(), false)
                .map(JsonNode::getLongValue).toList());

        JsonNode certificates = report.get("certificates");
        assertEquals(1, certificates.get("valid").getLongValue());
        assertEquals(1, certificates.get("revoked").getLongValue());

        Map<String, JsonNode> regions = byValue(report.get("breakdowns").get("region"));
        assertEquals(List.of(4L, 2L, 2L, 1L), counts(regions.get("Полтавська")));
        assertEquals(List.of(3L, 3L, 2L, 0L), counts(regions.get("Львівська")));
        Map<String, JsonNode> genders = byValue(report.get("breakdowns").get("gender"));
        assertEquals(List.of(4L, 3L, 3L, 1L), counts(genders.get("female")));
        assertEquals(List.of(2L, 1L, 1L, 0L), counts(genders.get("male")));
        assertEquals(List.of(1L, 1L, 0L, 0L), counts(genders.get("—")), "gender not given: its own row, never guessed");
        Map<String, JsonNode> categories = byValue(report.get("breakdowns").get("category"));
        assertEquals(List.of(4L, 3L, 3L, 1L), counts(categories.get("ОМС")));
        assertEquals(List.of("female", "male"), StreamSupport.stream(report.get("options").get("genders").values().spliterator(), false)
                .map(JsonNode::getStringValue).toList());
    }

    @Test
    void filtersNarrowThePeopleAndThePeriodTheEvents() {
        JsonNode lviv = admin.get(path + "/report?region=" + java.net.URLEncoder.encode("Львівська", StandardCharsets.UTF_8)).json().get("funnel");
        assertEquals(List.of(3L, 3L, 2L, 1L, 0L, 0L), List.of(lviv.get("applied").getLongValue(), lviv.get("admitted").getLongValue(),
                lviv.get("attendedAny").getLongValue(), lviv.get("attendanceComplete").getLongValue(),
                lviv.get("finalTestPassed").getLongValue(), lviv.get("certified").getLongValue()));
        JsonNode women = admin.get(path + "/report?gender=female").json().get("funnel");
        assertEquals(4, women.get("applied").getLongValue());
        assertEquals(1, women.get("certified").getLongValue());
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        JsonNode later = admin.get(path + "/report?from=" + tomorrow).json();
        assertEquals(0, later.get("funnel").get("applied").getLongValue());
        assertEquals(0, later.get("sessions").size(), "no session was held then");
        assertEquals(0, later.get("funnel").get("certified").getLongValue());
        assertEquals(List.of("to:period_reversed"), admin.get(path + "/report?from=2026-05-02&to=2026-05-01").fieldErrors());
    }

    @Test
    void acrossProgramsCountsHoursAndEctsDeliveredAndParticipantsByOblast() {
        JsonNode all = admin.get("/api/reports/programs").json();
        JsonNode mine = StreamSupport.stream(all.get("programs").values().spliterator(), false)
                .filter(p -> p.get("programId").getLongValue() == programId).findFirst().orElseThrow();
        assertEquals(List.of(7L, 5L, 4L, 1L), List.of(mine.get("applied").getLongValue(), mine.get("admitted").getLongValue(),
                mine.get("attended").getLongValue(), mine.get("certified").getLongValue()));
        assertEquals(45, mine.get("hoursDelivered").getLongValue());
        assertEquals(1.5, mine.get("ectsDelivered").getDoubleValue());
        assertTrue(all.get("total").get("certified").getLongValue() >= 1);
        assertTrue(StreamSupport.stream(all.get("regions").values().spliterator(), false)
                .anyMatch(r -> r.get("region").getStringValue().equals("Львівська") && r.get("participants").getLongValue() >= 3));
    }

    @Test
    void filesAreCsvWithBomAndNeutralizedFormulasAndXlsxAndTheDonorReportHidesSmallCounts() throws IOException {
        HttpResponse<byte[]> csv = admin.download(path + "/report.csv?breakdown=organization");
        assertEquals(200, csv.statusCode());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), text);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(admin.download(path + "/report.xlsx?breakdown=region").body()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals("Область", rows.get(0).getCellText(0));
            Row poltava = rows.stream().filter(r -> r.getCellText(0).equals("Полтавська")).findFirst().orElseThrow();
            assertEquals(4, poltava.getCellAsNumber(1).orElseThrow().intValue(), "numbers as numbers");
        }

        String steps = new String(admin.download(path + "/report.csv?breakdown=funnel").body(), StandardCharsets.UTF_8);
        assertTrue(steps.contains("Подали заявку,7") && steps.contains("Отримали сертифікат,1"), steps);
        String modules = new String(admin.download(path + "/report.csv?breakdown=module").body(), StandardCharsets.UTF_8);
        assertTrue(modules.contains("Модуль 1,2,5,1,1,1,0"), modules);

        String participants = new String(admin.download(path + "/report.csv?breakdown=participant").body(), StandardCharsets.UTF_8);
        assertEquals(6, participants.strip().split("\r?\n").length, "a header and the five admitted: " + participants);
        String records = new String(admin.download(path + "/report.csv?breakdown=attendance").body(), StandardCharsets.UTF_8);
        assertEquals(9, records.strip().split("\r?\n").length, "a header and eight records");

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(admin.download(path + "/donor-report.xlsx").body()))) {
            List<String> names = book.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Воронка", "Області", "Організації", "Категорії", "Стать", "Заняття", "Тести", "Сертифікати"), names);
            List<Row> funnel = book.getSheet(0).orElseThrow().read();
            assertEquals("5", funnel.get(2).getCellText(1), "five admitted are shown");
            assertEquals("< 5", funnel.get(3).getCellText(1), "four who attended are not");
            assertEquals("Склали підсумковий тест", funnel.get(5).getCellText(0));
            List<Row> regions = book.getSheet(1).orElseThrow().read();
            Row poltava = regions.stream().filter(r -> r.getCellText(0).equals("Полтавська")).findFirst().orElseThrow();
            assertEquals("< 5", poltava.getCellText(1));
            String all = book.getSheets().flatMap(s -> {
                try {
                    return s.read().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(r -> r.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
            assertTrue(!all.contains("@") && !all.contains("Бойко"), "no person named in the donor report");
        }
    }

    @Test
    void reportsAreForTheProgramsStaffAndAcrossProgramsForAdministrators() {
        Browser learner = l1;
        Browser trainer = learner();
        long trainerId = userId(trainer);
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        Browser otherTrainer = learner();
        admin.put("/api/admin/users/" + userId(otherTrainer) + "/roles", Map.of("roles", List.of("trainer")));
        admin.put(path + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        assertEquals(200, trainer.get(path + "/report").status());
        assertEquals(200, trainer.download(path + "/donor-report.xlsx").statusCode());
        assertEquals(403, otherTrainer.get(path + "/report").status());
        assertEquals(403, otherTrainer.download(path + "/report.csv?breakdown=participant").statusCode());
        assertEquals(403, learner.get(path + "/report").status());
        assertEquals(403, learner.download(path + "/report.csv?breakdown=participant").statusCode());
        assertEquals(403, trainer.get("/api/reports/programs").status());
        assertEquals(403, learner.get("/api/reports/programs").status());
        assertEquals(400, admin.download(path + "/report.csv?breakdown=everything").statusCode());
    }
}
