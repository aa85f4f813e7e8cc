package org.civitas.attendance;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A trainer imports the meeting's attendance report: a preview first, the register only on confirmation. */
@MicronautTest(transactional = false)
class AttendanceImportsTest extends IntegrationTest {

    private record Fixture(Browser admin, long sessionId, long olenaId, long andriiId) {
    }

    private long admit(Browser admin, long programId, String surname, String givenName, String email) {
        Browser learner = learner();
        Map<String, Object> profile = TestApplications.profile();
        profile.put("surname", surname);
        profile.put("givenName", givenName);
        profile.put("email", email);
        long application = learner.post("/api/programs/" + programId + "/applications", Map.of("profile", profile)).json()
                .get("id").getLongValue();
        admin.post("/api/programs/" + programId + "/applications/decisions", Map.of("applicationIds", List.of(application), "decision", "admit"));
        return learner.get("/api/me").json().get("id").getLongValue();
    }

    private Fixture fixture() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма зі звітами Zoom"));
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Вебінар зі звітом");
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plusMinutes(90).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://zoom.example.org/j/81234567890");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", body).json().get("id").getLongValue();
        return new Fixture(admin, sessionId, admit(admin, programId, "Коваленко", "Олена", "olena@example.org"),
                admit(admin, programId, "Мельник", "Андрій", "andrii@example.org"));
    }

    private static Browser.Reply upload(Browser browser, long sessionId, String name, byte[] content) {
        return browser.postMultipart("/api/sessions/" + sessionId + "/attendance-imports", Map.of(),
                new Browser.FilePart("file", name, "text/csv", () -> new ByteArrayInputStream(content)));
    }

    @Test
    void aZoomReportIsPreviewedThenAppliedOnceWithTheThreshold() {
        Fixture f = fixture();
        Browser.Reply preview = upload(f.admin(), f.sessionId(), "participants_81234567890.csv",
                MeetingReports.ZOOM_WITH_MEETING.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, preview.status(), preview.toString());
        JsonNode view = preview.json();
        assertEquals("zoom", view.get("format").getStringValue());
        assertEquals(72, view.get("thresholdMinutes").getIntValue(), "80% of 90 minutes");
        JsonNode entries = view.get("entries");
        assertEquals("present", entries.get(0).get("outcome").getStringValue());
        assertEquals(f.olenaId(), entries.get(0).get("matchedUserId").getLongValue());
        assertEquals(87, entries.get(0).get("minutes").getIntValue());
        assertEquals("below_threshold", entries.get(1).get("outcome").getStringValue());
        assertEquals(f.andriiId(), entries.get(1).get("matchedUserId").getLongValue(), "matched by name");
        assertEquals("unmatched", entries.get(2).get("outcome").getStringValue());
        assertEquals(1, view.get("counts").get("unmatched").getIntValue());
        assertEquals(0, f.admin().get("/api/sessions/" + f.sessionId() + "/attendance/history").json().size(), "nothing yet");

        long importId = view.get("id").getLongValue();
        Browser.Reply applied = f.admin().post("/api/attendance-imports/" + importId + "/confirm");
        assertEquals(200, applied.status(), applied.toString());
        Map<Long, JsonNode> register = new HashMap<>();
        f.admin().get("/api/sessions/" + f.sessionId() + "/attendance").json().values()
                .forEach(e -> register.put(e.get("userId").getLongValue(), e));
        assertEquals("present", register.get(f.olenaId()).get("status").getStringValue());
        assertEquals("imported_report", register.get(f.olenaId()).get("source").getStringValue());
        assertEquals("absent", register.get(f.andriiId()).get("status").getStringValue());
        assertEquals(30, register.get(f.andriiId()).get("minutes").getIntValue());
        assertEquals(409, f.admin().post("/api/attendance-imports/" + importId + "/confirm").status(), "applied once");
        assertEquals(2, f.admin().get("/api/sessions/" + f.sessionId() + "/attendance/history").json().size());
    }

    @Test
    void aTeamsReportInUtf16IsReadAndOthersAreRefused() {
        Fixture f = fixture();
        Browser.Reply preview = upload(f.admin(), f.sessionId(), "Вебінар - Attendance report.csv", MeetingReports.utf16(MeetingReports.TEAMS_CURRENT));
        assertEquals(201, preview.status(), preview.toString());
        assertEquals("teams", preview.text("format"));
        assertEquals("present", preview.json().get("entries").get(0).get("outcome").getStringValue());

        Browser.Reply notAReport = upload(f.admin(), f.sessionId(), "list.csv", "Email,Прізвище\nx@example.org,Коваль\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notAReport.status());
        assertEquals(List.of("file:meeting_report_not_recognized"), notAReport.fieldErrors());
        assertEquals(415, upload(f.admin(), f.sessionId(), "report.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).status());

        Browser learner = learner();
        assertEquals(403, upload(learner, f.sessionId(), "r.csv", MeetingReports.ZOOM_PARTICIPANTS_ONLY.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, learner.post("/api/attendance-imports/" + preview.json().get("id").getLongValue() + "/confirm").status());
    }
}
