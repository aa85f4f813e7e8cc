package org.civitas.schedule;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.Downloads;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Recordings of sessions: listed, played with seeking, removed; the administrators' inventory. */
@Controller("/api")
@Tag(name = "schedule")
class RecordingsController {
    private final Recordings recordings;

    RecordingsController(Recordings recordings) {
        this.recordings = recordings;
    }

    @Get("/sessions/{id}/recordings")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The session's recordings, for its program's participants and staff (others get an empty list)")
    List<Recordings.RecordingView> ofSession(long id, @Nullable Caller caller) {
        return recordings.ofSession(id, caller);
    }

    @Get("/recordings/{id}/file")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Plays a recording: a video played inline, with Range requests for seeking (206, 416 for a range "
            + "past the end); 404 for whoever may not watch it")
    @ApiResponse(responseCode = "200", description = "The video", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The part asked for", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> play(HttpRequest<?> request, long id, @Nullable Caller caller) {
        Recordings.Playback playback = recordings.playback(id, caller);
        // a known video type plays inline; nosniff keeps a browser from reading it as anything else
        MutableHttpResponse<?> response = playback.accelRedirect() != null
                // behind nginx: the access check is ours, the bytes (ranges, sendfile) are nginx's
                ? HttpResponse.ok().contentType(MediaType.of(playback.contentType())).header("X-Accel-Redirect", playback.accelRedirect())
                : Downloads.of(request, playback.content(), MediaType.of(playback.contentType()));
        return response.header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
    }

    @Get("/recordings/{id}/playback")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Where to play a recording from, for whoever may play its file (404 to anyone else): behind nginx with "
            + "CIVITAS_RECORDINGS_SIGNED_URL_SECRET, a URL nginx serves with Range requests until expiresAt (403 once altered, "
            + "410 once expired: ask again); otherwise the file endpoint and no expiry")
    Recordings.PlaybackUrl playbackUrl(long id, Caller caller) {
        return recordings.playbackUrl(id, caller);
    }

    @Delete("/recordings/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Removes a recording and its file")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> remove(long id, Caller caller) {
        recordings.remove(id, caller);
        return HttpResponse.noContent();
    }

    @Get("/admin/recordings")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Every recording with its size and session, newest first")
    PageView<Recordings.RecordingView> inventory(@QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return recordings.inventory(page, size);
    }
}
