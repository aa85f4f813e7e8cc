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
import org.civitas.support.TestRecordings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Watching a recording makes up for a missed session, where the program says so, and only what was played counts. */
@MicronautTest(transactional = false)
@Property(name = "test.manual-clock", value = "true")
class RecordingMakeUpTest extends IntegrationTest {
    @Inject
    ManualClock clock;

    private record Fixture(Browser admin, long programId, long sessionId, long recordingId) {
    }

    /** A program (counting recordings from {@code percent}, or not at all), a session held yesterday, its 100-second recording. */
    private Fixture fixture(Integer percent) {
        Browser admin = admin();
        Map<String, Object> body = TestPrograms.body("Програма з записами занять");
        body.put("recordingMakeUpPercent", percent);
        long programId = TestPrograms.published(admin, body);
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        Instant starts = clock.instant().minus(Duration.ofDays(1));
        Map<String, Object> session = new HashMap<>();
        session.put("title", "Вебінар, який можна надолужити");
        session.put("startsAt", starts.atOffset(ZoneOffset.UTC).toString());
        session.put("endsAt", starts.plus(Duration.ofMinutes(90)).atOffset(ZoneOffset.UTC).toString());
        session.put("format", "online");
        session.put("meetingUrl", "https://meet.example.org/x");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", session).json().get("id").getLongValue();
        long recordingId = TestRecordings.upload(admin, sessionId, "запис.mp4", TestRecordings.mp4(100));
        return new Fixture(admin, programId, sessionId, recordingId);
    }

    private Browser admitted(Fixture fixture) {
        Browser learner = learner();
        long application = TestApplications.apply(learner, fixture.programId());
        fixture.admin().post("/api/programs/" + fixture.programId() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        return learner;
    }

    private Browser.Reply played(Browser learner, Fixture fixture, double from, double to) {
        clock.advance(Duration.ofSeconds((long) Math.ceil(to - from)));
        return learner.post("/api/recordings/" + fixture.recordingId() + "/progress", Map.of("from", from, "to", to));
    }

    private static JsonNode record(Fixture fixture, Browser learner) {
        long userId = learner.get("/api/me").json().get("id").getLongValue();
        return StreamSupport.stream(fixture.admin().get("/api/sessions/" + fixture.sessionId() + "/attendance").json().values().spliterator(), false)
                .filter(entry -> entry.get("userId").getLongValue() == userId).findFirst().orElseThrow();
    }

    @Test
    void playingTheProgramsShareOfTheRecordingRecordsTheMissedSessionAsAttendedViaRecording() {
        Fixture fixture = fixture(80);
        assertEquals(100, fixture.admin().get("/api/sessions/" + fixture.sessionId() + "/recordings").json().get(0)
                .get("durationSeconds").getIntValue(), "the length is read from the file's movie header");
        Browser learner = admitted(fixture);

        JsonNode start = learner.get("/api/recordings/" + fixture.recordingId() + "/progress").json();
        assertEquals(0, start.get("watchedSeconds").getIntValue());
        assertEquals(100, start.get("durationSeconds").getIntValue());
        assertEquals(0.8, start.get("requiredShare").getDoubleValue(), 1e-9);
        assertFalse(start.get("attendedViaRecording").getBooleanValue());

        assertEquals(200, played(learner, fixture, 0, 40).status());
        JsonNode skipped = played(learner, fixture, 70, 100).json();
        assertEquals(70, skipped.get("watchedSeconds").getIntValue(), "40 + 30: the skipped 40..70 is not counted");
        assertFalse(skipped.get("attendedViaRecording").getBooleanValue());
        assertTrue(record(fixture, learner).get("status").isNull(), "nothing recorded below the share");
        JsonNode again = played(learner, fixture, 0, 20).json();
        assertEquals(70, again.get("watchedSeconds").getIntValue(), "watching a part twice counts it once");

        JsonNode enough = played(learner, fixture, 40, 55).json();
        assertEquals(85, enough.get("watchedSeconds").getIntValue());
        assertEquals(0.85, enough.get("watchedShare").getDoubleValue(), 1e-9);
        assertTrue(enough.get("attendedViaRecording").getBooleanValue());
        JsonNode entry = record(fixture, learner);
        assertEquals("present", entry.get("status").getStringValue());
        assertEquals("recording", entry.get("source").getStringValue());
        JsonNode change = fixture.admin().get("/api/sessions/" + fixture.sessionId() + "/attendance/history").json().get(0);
        assertEquals("recording", change.get("source").getStringValue());
        assertEquals("present", change.get("newStatus").getStringValue());

        played(learner, fixture, 55, 70);
        assertEquals(1, fixture.admin().get("/api/sessions/" + fixture.sessionId() + "/attendance/history").json().size(),
                "watching on changes nothing more");
    }

    @Test
    void aReportClaimingMoreThanTheTimeSinceTheLastAllowsIsRefusedAndCountsNothing() {
        Fixture fixture = fixture(50);
        Browser learner = admitted(fixture);
        Browser.Reply first = learner.post("/api/recordings/" + fixture.recordingId() + "/progress", Map.of("from", 0, "to", 90));
        assertEquals(409, first.status(), "a first report may claim a minute at most");
        assertEquals("progress_too_fast", first.code());
        assertEquals(200, learner.post("/api/recordings/" + fixture.recordingId() + "/progress", Map.of("from", 0, "to", 30)).status());
        clock.advance(Duration.ofSeconds(5));
        Browser.Reply rushed = learner.post("/api/recordings/" + fixture.recordingId() + "/progress", Map.of("from", 30, "to", 90));
        assertEquals("progress_too_fast", rushed.code(), "60 seconds of video in 5 seconds");
        assertEquals(30, learner.get("/api/recordings/" + fixture.recordingId() + "/progress").json().get("watchedSeconds").getIntValue());
        assertTrue(record(fixture, learner).get("status").isNull());
    }

    @Test
    void aSessionAttendedInPersonOrAProgramWithoutMakeUpIsNotTouched() {
        Fixture counting = fixture(50);
        Browser present = admitted(counting);
        long userId = present.get("/api/me").json().get("id").getLongValue();
        counting.admin().put("/api/sessions/" + counting.sessionId() + "/attendance/" + userId, Map.of("status", "late"));
        played(present, counting, 0, 60);
        JsonNode progress = played(present, counting, 60, 100).json();
        assertTrue(progress.get("sessionAttended").getBooleanValue());
        assertFalse(progress.get("attendedViaRecording").getBooleanValue());
        assertEquals("late", record(counting, present).get("status").getStringValue());

        Fixture notCounting = fixture(null);
        Browser learner = admitted(notCounting);
        assertTrue(learner.get("/api/recordings/" + notCounting.recordingId() + "/progress").json().get("requiredShare").isNull());
        played(learner, notCounting, 0, 60);
        assertEquals(100, played(learner, notCounting, 60, 100).json().get("watchedSeconds").getIntValue());
        assertTrue(record(notCounting, learner).get("status").isNull());
    }

    @Test
    void onlyAdmittedParticipantsReportAndStretchesAreChecked() {
        Fixture fixture = fixture(80);
        String path = "/api/recordings/" + fixture.recordingId() + "/progress";
        assertEquals("not_a_participant", fixture.admin().get(path).code(), "staff watch without counting");
        assertEquals(403, learner().post(path, Map.of("from", 0, "to", 10)).status(), "a learner not admitted");
        assertEquals(401, browser().get(path).status());
        assertEquals(404, admitted(fixture).get("/api/recordings/999999999/progress").status());

        Map<String, Object> tooMuch = TestPrograms.body("Програма зі 150 % запису");
        tooMuch.put("recordingMakeUpPercent", 150);
        Browser.Reply refused = fixture.admin().post("/api/programs", tooMuch);
        assertEquals(400, refused.status());
        assertTrue(refused.fieldErrors().getFirst().startsWith("recordingMakeUpPercent:"), refused.toString());

        Browser learner = admitted(fixture);
        Browser.Reply backwards = learner.post(path, Map.of("from", 20, "to", 10));
        assertEquals(List.of("to:not_after_from"), backwards.fieldErrors());
        assertEquals(List.of("from:past_the_end"), learner.post(path, Map.of("from", 150, "to", 160)).fieldErrors());
        assertEquals(400, learner.post(path, Map.of("from", -5, "to", 10)).status());
        assertEquals(10, learner.post(path, Map.of("from", 0, "to", 10)).json().get("watchedSeconds").getIntValue());
    }
}
