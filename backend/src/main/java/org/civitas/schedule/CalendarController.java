package org.civitas.schedule;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.civitas.identity.Caller;
import org.jspecify.annotations.Nullable;

/** Calendars: one session's event as a file, and each person's feed that calendar programs subscribe to. */
@Controller("/api")
@Tag(name = "schedule")
class CalendarController {
    private final Sessions sessions;
    private final CalendarFeeds feeds;

    CalendarController(Sessions sessions, CalendarFeeds feeds) {
        this.sessions = sessions;
        this.feeds = feeds;
    }

    @Serdeable
    record Feed(String url) {
    }

    @Get("/sessions/{id}/calendar.ics")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "The session as an iCalendar event, to add to a calendar")
    @ApiResponse(responseCode = "200", description = "The event (text/calendar)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    HttpResponse<String> event(long id, @Nullable Caller caller) {
        String calendar = sessions.calendar(id, caller);
        return HttpResponse.ok(calendar).contentType(ICalendar.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + id + ".ics\"");
    }

    @Get("/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in person's calendar feed address (secret: whoever has it reads the schedule)")
    Feed feed(Caller caller) {
        return new Feed(feeds.url(caller));
    }

    @Post("/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A new feed address; the old one stops working at once")
    Feed renew(Caller caller) {
        return new Feed(feeds.renew(caller));
    }

    @Get("/calendar-feeds/{token}.ics")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "A person's feed: the sessions of their programs, read by calendar programs without signing in; "
            + "404 for an address that is not, or no longer, valid")
    @ApiResponse(responseCode = "200", description = "The feed (text/calendar)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    HttpResponse<String> calendar(@Pattern(regexp = "[0-9]{1,18}\\.[0-9]{1,9}\\.[A-Za-z0-9_-]{20,60}") String token) {
        return HttpResponse.ok(feeds.feed(token)).contentType(ICalendar.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
    }
}
