package org.civitas.schedule;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.civitas.support.TestRecordings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recordings uploaded resumably (tus 1.0) and played with seeking. */
@MicronautTest(transactional = false)
class RecordingsTest extends IntegrationTest {

    /** A few megabytes that start as an MP4 does (an ftyp box), the rest noise. */
    static byte[] video(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private record Fixture(Browser admin, long programId, long sessionId) {
    }

    private Fixture fixture() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма із записами"));
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Вебінар із записом");
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plusMinutes(90).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://meet.example.org/x");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", body).json().get("id").getLongValue();
        return new Fixture(admin, programId, sessionId);
    }

    private static String metadata(String fileName, long sessionId) {
        Base64.Encoder b64 = Base64.getEncoder();
        return "filename " + b64.encodeToString(fileName.getBytes(StandardCharsets.UTF_8)) + ",sessionId "
                + b64.encodeToString(String.valueOf(sessionId).getBytes(StandardCharsets.UTF_8));
    }

    private static String create(Browser editor, long sessionId, String fileName, long length) {
        Browser.Reply created = editor.request("POST", "/api/uploads", Map.of("Tus-Resumable", "1.0.0",
                "Upload-Length", String.valueOf(length), "Upload-Metadata", metadata(fileName, sessionId)), HttpRequest.BodyPublishers.noBody());
        assertEquals(201, created.status(), created.toString());
        assertEquals("1.0.0", created.header("Tus-Resumable").orElse(""));
        return created.header("Location").orElseThrow();
    }

    private static Browser.Reply patch(Browser editor, String location, long offset, HttpRequest.BodyPublisher bytes) {
        return editor.request("PATCH", location, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", String.valueOf(offset),
                "Content-Type", "application/offset+octet-stream"), bytes);
    }

    private static long offset(Browser editor, String location) {
        Browser.Reply head = editor.request("HEAD", location, Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody());
        assertEquals(200, head.status(), head.toString());
        assertEquals("no-store", head.header("Cache-Control").orElse(""));
        return Long.parseLong(head.header("Upload-Offset").orElseThrow());
    }

    /** A body that sends {@code upTo} bytes and then breaks, as a connection dropped in a power cut. */
    private static HttpRequest.BodyPublisher dropping(byte[] bytes, int from, int upTo) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private int at = from;

            @Override
            public int read() throws IOException {
                if (at >= upTo) {
                    throw new IOException("the connection dropped");
                }
                return bytes[at++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (at >= upTo) {
                    throw new IOException("the connection dropped");
                }
                int n = Math.min(len, upTo - at);
                System.arraycopy(bytes, at, buffer, off, n);
                at += n;
                return n;
            }
        });
    }

    @Test
    void anUploadInterruptedHalfWayResumesAndTheStoredFileIsTheSameBytes() throws Exception {
        Fixture f = fixture();
        byte[] video = video(3 * 1024 * 1024);
        String location = create(f.admin(), f.sessionId(), "Вебінар 1.mp4", video.length);
        assertEquals(0, offset(f.admin(), location));

        assertEquals(204, patch(f.admin(), location, 0, HttpRequest.BodyPublishers.ofByteArray(video, 0, 1024 * 1024)).status());
        assertEquals(1024 * 1024, offset(f.admin(), location));
        try {
            patch(f.admin(), location, 1024 * 1024, dropping(video, 1024 * 1024, 2 * 1024 * 1024));
        } catch (RuntimeException dropped) {
            // the client saw its connection fail, as in a power cut
        }
        long resumed = 0;
        for (int i = 0; i < 50 && resumed < 1024 * 1024 + 1; i++) {
            Thread.sleep(100);
            resumed = offset(f.admin(), location);
        }
        assertTrue(resumed > 1024 * 1024 && resumed <= 2 * 1024 * 1024, "what arrived before the drop counts: " + resumed);
        assertEquals(409, patch(f.admin(), location, 0, HttpRequest.BodyPublishers.ofByteArray(video, 0, 10)).status(),
                "the client must continue where the server is");
        Browser.Reply last = patch(f.admin(), location, resumed,
                HttpRequest.BodyPublishers.ofByteArray(video, (int) resumed, video.length - (int) resumed));
        assertEquals(204, last.status(), last.toString());
        assertEquals(String.valueOf(video.length), last.header("Upload-Offset").orElse(""));
        assertEquals(404, f.admin().request("HEAD", location, Map.of(), HttpRequest.BodyPublishers.noBody()).status(), "finished and gone");

        var list = f.admin().get("/api/sessions/" + f.sessionId() + "/recordings").json();
        assertEquals(1, list.size());
        assertEquals(video.length, list.get(0).get("size").getLongValue());
        String url = list.get(0).get("url").getStringValue();
        HttpResponse<byte[]> whole = f.admin().download(url);
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(video), MessageDigest.getInstance("SHA-256").digest(whole.body()));

        HttpResponse<byte[]> first = f.admin().download(url, Map.of("Range", "bytes=0-0"));
        assertEquals(206, first.statusCode());
        assertArrayEquals(new byte[]{0}, first.body());
        HttpResponse<byte[]> tail = f.admin().download(url, Map.of("Range", "bytes=-10"));
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(video, video.length - 10, video.length), tail.body());
        HttpResponse<byte[]> middle = f.admin().download(url, Map.of("Range", "bytes=1000000-1000099"));
        assertEquals("bytes 1000000-1000099/" + video.length, middle.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(video, 1_000_000, 1_000_100), middle.body());
        assertEquals(416, f.admin().download(url, Map.of("Range", "bytes=" + (video.length + 10) + "-")).statusCode());
    }

    @Test
    void onlyTheProgramsStaffUploadAndOnlyItsParticipantsWatch() {
        Fixture f = fixture();
        byte[] video = video(64 * 1024);
        Browser learner = learner();
        assertEquals(403, learner.request("POST", "/api/uploads", Map.of("Upload-Length", "100", "Upload-Metadata",
                metadata("a.mp4", f.sessionId())), HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(413, f.admin().request("POST", "/api/uploads", Map.of("Upload-Length", String.valueOf(5L * 1024 * 1024 * 1024),
                "Upload-Metadata", metadata("huge.mp4", f.sessionId())), HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(415, f.admin().request("POST", "/api/uploads", Map.of("Upload-Length", "100", "Upload-Metadata",
                metadata("slides.exe", f.sessionId())), HttpRequest.BodyPublishers.noBody()).status());

        String fake = create(f.admin(), f.sessionId(), "not-a-video.mp4", 1000);
        Browser.Reply refused = patch(f.admin(), fake, 0, HttpRequest.BodyPublishers.ofByteArray(new byte[1000]));
        assertEquals(415, refused.status(), "checked by its content once complete");

        String location = create(f.admin(), f.sessionId(), "short.webm".replace("webm", "mp4"), video.length);
        assertEquals(204, patch(f.admin(), location, 0, HttpRequest.BodyPublishers.ofByteArray(video)).status());
        String url = f.admin().get("/api/sessions/" + f.sessionId() + "/recordings").json().get(0).get("url").getStringValue();
        assertEquals(0, learner.get("/api/sessions/" + f.sessionId() + "/recordings").json().size(), "not admitted: no recordings");
        assertEquals(404, learner.download(url).statusCode());
        assertEquals(404, browser().download(url).statusCode());
        long application = TestApplications.apply(learner, f.programId());
        f.admin().post("/api/programs/" + f.programId() + "/applications/decisions", Map.of("applicationIds", List.of(application), "decision", "admit"));
        assertEquals(200, learner.download(url).statusCode());
        assertEquals(1, f.admin().get("/api/admin/recordings").json().get("totalItems").getLongValue() >= 1 ? 1 : 0);
        assertEquals(403, learner.get("/api/admin/recordings").status());

        String abandoned = create(f.admin(), f.sessionId(), "abandoned.mp4", 5000);
        assertEquals(204, f.admin().request("DELETE", abandoned, Map.of("Tus-Resumable", "1.0.0"), HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(404, f.admin().request("HEAD", abandoned, Map.of(), HttpRequest.BodyPublishers.noBody()).status());
    }

    @Test
    void withoutASigningSecretPlayersAreToldToPlayTheFileEndpoint() {
        Fixture f = fixture();
        long recordingId = TestRecordings.upload(f.admin(), f.sessionId(), "запис.mp4", TestRecordings.mp4(30));
        Browser.Reply playback = f.admin().get("/api/recordings/" + recordingId + "/playback");
        assertEquals(200, playback.status(), playback.toString());
        assertEquals("/api/recordings/" + recordingId + "/file", playback.text("url"));
        assertTrue(playback.json().get("expiresAt").isNull(), playback.body());
        assertEquals(404, learner().get("/api/recordings/" + recordingId + "/playback").status(), "not a participant");
        assertEquals(401, browser().get("/api/recordings/" + recordingId + "/playback").status());
    }
}
