package org.civitas.schedule;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.civitas.support.TestRecordings;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behind nginx the platform checks who may watch and hands the bytes to nginx (X-Accel-Redirect); nobody else learns where they lie. */
@MicronautTest(transactional = false)
@Property(name = "civitas.recordings.accel-redirect", value = "/protected-files/")
class RecordingsBehindNginxTest extends IntegrationTest {

    @Test
    void aParticipantIsSentToTheInternalLocationAndOthersAreNot() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма за nginx"));
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Map<String, Object> session = new HashMap<>();
        session.put("title", "Вебінар за nginx");
        session.put("startsAt", starts.toString());
        session.put("endsAt", starts.plusMinutes(60).toString());
        session.put("format", "online");
        session.put("meetingUrl", "https://meet.example.org/nginx");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", session).json().get("id").getLongValue();
        long recordingId = TestRecordings.upload(admin, sessionId, "запис.mp4", TestRecordings.mp4(60));

        Browser learner = learner();
        long application = TestApplications.apply(learner, programId);
        admin.post("/api/programs/" + programId + "/applications/decisions", Map.of("applicationIds", List.of(application), "decision", "admit"));
        // the answer is for nginx, which puts the file in its place: not what clients receive, so not held to the document
        Browser.Reply played = learner.getWithCookie("/api/recordings/" + recordingId + "/file",
                "civitas_session=" + learner.cookie("civitas_session").orElseThrow());
        assertEquals(200, played.status(), played.toString());
        String location = played.header("X-Accel-Redirect").orElseThrow();
        assertTrue(location.matches("/protected-files/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+"), location);
        assertEquals("video/mp4", played.header("Content-Type").orElseThrow());
        assertEquals("", played.body(), "nginx sends the bytes");

        Browser outsider = learner();
        Browser.Reply refused = outsider.getWithCookie("/api/recordings/" + recordingId + "/file",
                "civitas_session=" + outsider.cookie("civitas_session").orElseThrow());
        assertEquals(404, refused.status());
        assertTrue(refused.header("X-Accel-Redirect").isEmpty());
    }
}
