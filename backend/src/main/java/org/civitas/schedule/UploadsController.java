package org.civitas.schedule;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Resumable uploads of recordings by the tus 1.0 protocol (core, creation, termination), as
 * tus-js-client speaks it. Upload-Metadata carries {@code filename} and {@code sessionId}. Like
 * every state-changing request, POST, PATCH and DELETE need the X-CSRF-Token header; a PATCH may
 * carry at most the server's request size (send chunks of up to 64 MB).
 */
@Controller("/api/uploads")
@Tag(name = "schedule")
class UploadsController {
    static final String VERSION = "1.0.0";
    private final Recordings recordings;

    UploadsController(Recordings recordings) {
        this.recordings = recordings;
    }

    @Options
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "What this tus server supports")
    @ApiResponse(responseCode = "204", description = "Tus-Version, Tus-Extension and Tus-Max-Size")
    MutableHttpResponse<Void> options() {
        return tus(HttpResponse.<Void>noContent()).header("Tus-Version", VERSION).header("Tus-Extension", "creation,termination")
                .header("Tus-Max-Size", String.valueOf(recordings.maxSize()));
    }

    @Post
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Starts a recording's upload (tus creation): Upload-Length, and Upload-Metadata with filename and "
            + "sessionId; 413 past the limit, 415 not a video file name, 507 storage_full")
    @ApiResponse(responseCode = "201", description = "Location names the upload")
    MutableHttpResponse<Void> create(Caller caller, @Header("Upload-Length") @Nullable Long length,
                                     @Header("Upload-Metadata") @Nullable String metadata) {
        Map<String, String> meta = metadata(metadata);
        if (length == null || length < 1) {
            throw ApiException.invalidField("Upload-Length", "required");
        }
        long sessionId;
        try {
            sessionId = Long.parseLong(meta.getOrDefault("sessionId", ""));
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("Upload-Metadata", "session_id_required");
        }
        String id = recordings.create(sessionId, length, meta.get("filename"), caller);
        return tus(HttpResponse.created(URI.create("/api/uploads/" + id)));
    }

    @Head("/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "How far the upload got (Upload-Offset), to continue from there")
    MutableHttpResponse<Void> offset(String id, Caller caller) {
        UploadRow upload = recordings.upload(id, caller);
        return tus(HttpResponse.<Void>ok()).header("Upload-Offset", String.valueOf(upload.uploadOffset()))
                .header("Upload-Length", String.valueOf(upload.uploadLength())).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Patch(value = "/{id}", consumes = "application/offset+octet-stream")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Appends bytes at Upload-Offset; 409 upload_offset_mismatch when the server is elsewhere (ask HEAD), "
            + "423 upload_in_progress while another PATCH of it runs. With the last byte the recording is checked and kept")
    @ApiResponse(responseCode = "204", description = "The new Upload-Offset")
    MutableHttpResponse<Void> append(String id, Caller caller, @Header("Upload-Offset") @Nullable Long offset,
                                     @Body InputStream body) {
        if (offset == null) {
            throw ApiException.invalidField("Upload-Offset", "required");
        }
        long now = recordings.append(id, offset, body, caller);
        return tus(HttpResponse.<Void>noContent()).header("Upload-Offset", String.valueOf(now));
    }

    @Delete("/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Gives up an upload (tus termination)")
    @ApiResponse(responseCode = "204", description = "Gone")
    MutableHttpResponse<Void> terminate(String id, Caller caller) {
        recordings.terminate(id, caller);
        return tus(HttpResponse.<Void>noContent());
    }

    private static <T> MutableHttpResponse<T> tus(MutableHttpResponse<T> response) {
        return response.header("Tus-Resumable", VERSION);
    }

    /** "filename d2ViaW5hci5tcDQ=,sessionId MTI=": keys with base64 values (tus creation). */
    static Map<String, String> metadata(@Nullable String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", 2);
            if (parts[0].isEmpty()) {
                continue;
            }
            try {
                values.put(parts[0], parts.length < 2 ? "" : new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("Upload-Metadata", "invalid");
            }
        }
        return values;
    }
}
