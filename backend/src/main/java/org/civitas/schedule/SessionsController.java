package org.civitas.schedule;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.List;

/** Sessions of programs: scheduled by a program's administrators and trainers, seen by whoever may see the program. */
@Controller("/api")
@Tag(name = "schedule")
class SessionsController {
    private final Sessions sessions;
    private final Registrations registrations;

    SessionsController(Sessions sessions, Registrations registrations) {
        this.sessions = sessions;
        this.registrations = registrations;
    }

    @Post("/programs/{programId}/modules/{moduleId}/sessions")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Schedules a session in a module: online (meetingUrl), in_person (venue) or hybrid (both); times "
            + "with their offset, timeZone Europe/Kyiv when left out. A session outside the program's dates is accepted "
            + "(outsideProgramDates tells the editor)")
    @ApiResponse(responseCode = "201", description = "The session, with Location", content = @Content(schema = @Schema(implementation = SessionView.class)))
    HttpResponse<SessionView> create(long programId, long moduleId, Caller caller, @Valid @Body SessionRequest body) {
        SessionView created = sessions.create(programId, moduleId, body, caller);
        return HttpResponse.created(created, URI.create("/api/sessions/" + created.id()));
    }

    @Get("/programs/{programId}/sessions")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The program's sessions in time order; the meeting link only for those who may have it")
    List<SessionView> ofProgram(long programId, @Nullable Caller caller) {
        return sessions.ofProgram(programId, caller);
    }

    @Get("/me/sessions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The sessions of every program the signed-in person is admitted to, with their registration")
    List<SessionView> mine(Caller caller) {
        return sessions.mine(caller);
    }

    @Get("/sessions/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One session")
    SessionView get(long id, @Nullable Caller caller) {
        return sessions.get(id, caller);
    }

    @Put("/sessions/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Saves a session (with the version it was read at: 409 stale_version); a new time or place is "
            + "sent to its registrants with the calendar event updated in place")
    SessionView update(long id, Caller caller, @Valid @Body SessionRequest body) {
        return sessions.update(id, body, caller);
    }

    @Delete("/sessions/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Removes a session nobody registered for (409 session_has_registrations: cancel it instead)")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(long id, Caller caller) {
        sessions.delete(id, caller);
        return HttpResponse.noContent();
    }

    @Post("/sessions/{id}/cancel")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Cancels a session, with an optional reason; its registrants get the cancellation (METHOD:CANCEL)")
    SessionView cancel(long id, Caller caller, @Body @Nullable CancelRequest body) {
        return sessions.cancel(id, body == null ? null : body.reason(), caller);
    }

    @Post("/sessions/{id}/registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Registers the signed-in admitted participant: registered while there are places, else waitlisted; "
            + "the invitation comes by email with the event. Registering again changes nothing")
    SessionView register(long id, Caller caller) {
        return registrations.register(id, caller);
    }

    @Delete("/sessions/{id}/registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Gives the place back; the first waitlisted person gets it and is told")
    SessionView unregister(long id, Caller caller) {
        return registrations.cancel(id, caller);
    }

    @io.micronaut.serde.annotation.Serdeable
    record CancelRequest(@jakarta.validation.constraints.Size(max = 1000) @Nullable String reason) {
    }
}
