package org.civitas.schedule;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.platform.database.DataDirectory;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.civitas.support.TestRecordings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Behind nginx with a signing secret, a player asks the platform once where to play a recording and
 * gets a URL nginx checks by itself (secure_link): signed for that file until an expiry, with
 * nginx's formula. The nginx part runs the /media/ location of docker/nginx/default.conf.template
 * when nginx is installed.
 */
@MicronautTest(transactional = false)
@Property(name = "civitas.recordings.signed-url-secret", value = RecordingsSignedUrlTest.SECRET)
class RecordingsSignedUrlTest extends IntegrationTest {
    static final String SECRET = "k7Qw9-test-secret-not-for-production";
    private static final Pattern SIGNED = Pattern.compile("(/media/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+\\.mp4)\\?expires=(\\d+)&md5=([A-Za-z0-9_-]{22})");

    private record Watched(Browser admin, Browser participant, long programId, long recordingId, byte[] video) {
    }

    private Watched recording() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма з підписаними посиланнями"));
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").get(0).get("id").getLongValue();
        OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Map<String, Object> session = new HashMap<>();
        session.put("title", "Вебінар з підписаним записом");
        session.put("startsAt", starts.toString());
        session.put("endsAt", starts.plusMinutes(60).toString());
        session.put("format", "online");
        session.put("meetingUrl", "https://meet.example.org/signed");
        long sessionId = admin.post("/api/programs/" + programId + "/modules/" + moduleId + "/sessions", session).json().get("id").getLongValue();
        byte[] video = TestRecordings.mp4(60);
        long recordingId = TestRecordings.upload(admin, sessionId, "запис.mp4", video);
        Browser participant = learner();
        long application = TestApplications.apply(participant, programId);
        admin.post("/api/programs/" + programId + "/applications/decisions", Map.of("applicationIds", List.of(application), "decision", "admit"));
        return new Watched(admin, participant, programId, recordingId, video);
    }

    /** nginx's secure_link_md5 "$secure_link_expires$uri <secret>": base64url without padding of the MD5. */
    private static String nginxMd5(long expires, String uri) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest((expires + uri + " " + SECRET).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(md5);
    }

    @Test
    void theUrlIsSignedForTheFileUntilItsExpiryAsNginxChecksIt() throws Exception {
        Watched w = recording();
        Instant before = Instant.now();
        Browser.Reply reply = w.participant().get("/api/recordings/" + w.recordingId() + "/playback");
        assertEquals(200, reply.status(), reply.toString());
        Matcher url = SIGNED.matcher(reply.text("url"));
        assertTrue(url.matches(), reply.text("url"));
        long expires = Long.parseLong(url.group(2));
        assertEquals(nginxMd5(expires, url.group(1)), url.group(3));
        assertEquals(Instant.ofEpochSecond(expires), Instant.parse(reply.text("expiresAt")));
        Duration lifetime = Duration.between(before, Instant.ofEpochSecond(expires));
        assertTrue(lifetime.compareTo(Duration.ofHours(6).minusSeconds(5)) > 0 && lifetime.compareTo(Duration.ofHours(6).plusSeconds(5)) < 0,
                "six hours by default: " + lifetime);
        // nothing of the client's is in it: the same participant from another network gets a URL of the same form
        assertTrue(!reply.text("url").contains("127.0.0.1"));

        // the file endpoint keeps working as it did
        assertEquals(200, w.participant().download("/api/recordings/" + w.recordingId() + "/file").statusCode());
    }

    @Test
    void whoMayPlayTheFileGetsTheUrlAndNobodyElse() {
        Watched w = recording();
        String playback = "/api/recordings/" + w.recordingId() + "/playback";
        String file = "/api/recordings/" + w.recordingId() + "/file";
        assertEquals(200, w.admin().get(playback).status(), "the administrator");

        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        w.admin().put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        w.admin().put("/api/programs/" + w.programId() + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        Browser.Reply staff = trainer.get(playback);
        assertEquals(200, staff.status(), "the program's trainer: " + staff);
        assertTrue(SIGNED.matcher(staff.text("url")).matches());

        Browser outsider = learner();
        assertEquals(404, outsider.download(file).statusCode());
        Browser.Reply refused = outsider.get(playback);
        assertEquals(404, refused.status(), "as the file endpoint answers: " + refused);
        assertEquals("not_found", refused.code());

        Browser applicant = learner();
        TestApplications.apply(applicant, w.programId());
        assertEquals(404, applicant.get(playback).status(), "applied, not admitted");

        assertEquals(401, browser().get(playback).status(), "anonymous");
        assertEquals(404, w.participant().get("/api/recordings/999999999/playback").status());
    }

    @Test
    void nginxServesRangesOfASignedUrlAndRefusesAlteredAndExpiredOnes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "nginx is not installed");
        Watched w = recording();
        Matcher url = SIGNED.matcher(w.participant().get("/api/recordings/" + w.recordingId() + "/playback").text("url"));
        assertTrue(url.matches());
        String path = url.group(1);
        long expires = Long.parseLong(url.group(2));
        try (Nginx nginx = Nginx.start(SECRET)) {
            HttpResponse<byte[]> part = nginx.get(url.group(), Map.of("Range", "bytes=100-199"));
            assertEquals(206, part.statusCode());
            assertArrayEquals(Arrays.copyOfRange(w.video(), 100, 200), part.body());
            assertEquals("bytes 100-199/" + w.video().length, part.headers().firstValue("Content-Range").orElse(""));
            assertEquals("video/mp4", part.headers().firstValue("Content-Type").orElse(""));
            assertEquals("bytes", nginx.get(url.group(), Map.of()).headers().firstValue("Accept-Ranges").orElse(""));
            assertEquals("nosniff", part.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(part.headers().firstValue("Cache-Control").orElse("").startsWith("private"));

            String md5 = url.group(3);
            String altered = (md5.charAt(0) == 'A' ? "B" : "A") + md5.substring(1);
            assertEquals(403, nginx.get(path + "?expires=" + expires + "&md5=" + altered, Map.of()).statusCode(), "altered hash");
            assertEquals(403, nginx.get(path + "?expires=" + (expires + 3600) + "&md5=" + md5, Map.of()).statusCode(), "later expiry");
            assertEquals(403, nginx.get(path, Map.of()).statusCode(), "unsigned");
            String other = path.replace(".mp4", ".webm");
            assertEquals(403, nginx.get(other + "?expires=" + expires + "&md5=" + md5, Map.of()).statusCode(), "another path");
            long past = Instant.now().getEpochSecond() - 60;
            assertEquals(410, nginx.get(path + "?expires=" + past + "&md5=" + nginxMd5(past, path), Map.of()).statusCode(), "expired");
            assertEquals(404, nginx.get("/protected-files/" + path.substring("/media/".length()), Map.of()).statusCode(),
                    "the X-Accel-Redirect location stays internal");
        }
    }

    /**
     * nginx running the /media/ and /protected-files/ locations of the shipped template, the secret
     * put in as the image's envsubst would and the files' directory pointed at this test's data.
     */
    private record Nginx(Process process, int port, Path dir) implements AutoCloseable {
        static Nginx start(String secret) throws Exception {
            String template = Files.readString(Path.of("../docker/nginx/default.conf.template"));
            String files = DataDirectory.resolve().resolve("files") + "/";
            String locations = location(template, "location ~ \"^/media/") + "\n" + location(template, "location /protected-files/");
            locations = locations.replace("${CIVITAS_RECORDINGS_SIGNED_URL_SECRET}", secret).replace("/var/lib/civitas/files/", files);
            Path dir = Files.createTempDirectory("civitas-nginx");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String conf = """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 64; }
                    http {
                        include /etc/nginx/mime.types;
                        default_type application/octet-stream;
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        server {
                            listen 127.0.0.1:%2$d;
                            %3$s
                        }
                    }
                    """.formatted(dir, port, locations);
            Files.writeString(dir.resolve("nginx.conf"), conf);
            Process process = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
            Nginx nginx = new Nginx(process, port, dir);
            for (int i = 0; i < 100; i++) {
                try {
                    nginx.get("/", Map.of());
                    return nginx;
                } catch (IOException notYet) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("out.log")) + conf);
                    }
                    Thread.sleep(50);
                }
            }
            nginx.close();
            throw new IllegalStateException("nginx did not answer");
        }

        /** The block whose first line starts with {@code start}, to its closing brace (each block opens at a line's end). */
        private static String location(String template, String start) {
            StringBuilder block = new StringBuilder();
            int depth = 0;
            for (String line : template.split("\n")) {
                String trimmed = line.strip();
                if (depth == 0 && !trimmed.startsWith(start)) {
                    continue;
                }
                block.append(line).append('\n');
                if (trimmed.endsWith("{")) {
                    depth++;
                } else if (trimmed.equals("}") && --depth == 0) {
                    return block.toString();
                }
            }
            throw new IllegalStateException(start + " is not a closed block of the template");
        }

        HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
            headers.forEach(request::header);
            try (HttpClient client = HttpClient.newHttpClient()) {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
