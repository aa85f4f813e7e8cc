package org.civitas.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Recordings for tests: the smallest MP4 that states its length, uploaded through tus in one PATCH. */
public final class TestRecordings {
    private TestRecordings() {
    }

    /** An ftyp box and a moov box holding a version-0 mvhd that says the movie lasts {@code seconds}. */
    public static byte[] mp4(int seconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1)));
        ByteBuffer mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0); // version 0, no flags
        mvhd.putInt(0).putInt(0); // created, modified
        mvhd.putInt(1000).putInt(seconds * 1000); // timescale, duration
        out.writeBytes(box("moov", box("mvhd", mvhd.array())));
        out.writeBytes(box("mdat", new byte[4096]));
        return out.toByteArray();
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content).array();
    }

    /** Uploads the bytes as the session's recording; returns the recording's id. */
    public static long upload(Browser editor, long sessionId, String fileName, byte[] bytes) {
        Base64.Encoder b64 = Base64.getEncoder();
        String metadata = "filename " + b64.encodeToString(fileName.getBytes(StandardCharsets.UTF_8)) + ",sessionId "
                + b64.encodeToString(String.valueOf(sessionId).getBytes(StandardCharsets.UTF_8));
        Browser.Reply created = editor.request("POST", "/api/uploads", Map.of("Tus-Resumable", "1.0.0",
                "Upload-Length", String.valueOf(bytes.length), "Upload-Metadata", metadata), HttpRequest.BodyPublishers.noBody());
        if (created.status() != 201) {
            throw new IllegalStateException("upload not created: " + created);
        }
        Browser.Reply patched = editor.request("PATCH", created.header("Location").orElseThrow(), Map.of("Tus-Resumable", "1.0.0",
                "Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"), HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (patched.status() != 204) {
            throw new IllegalStateException("upload not finished: " + patched);
        }
        var recordings = editor.get("/api/sessions/" + sessionId + "/recordings").json();
        return recordings.get(recordings.size() - 1).get("id").getLongValue();
    }
}
