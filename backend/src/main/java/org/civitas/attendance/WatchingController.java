package org.civitas.attendance;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.civitas.identity.Caller;

/** The player's reports of what a learner watched, and the make-up they earn. */
@Controller("/api/recordings/{id}/progress")
@Tag(name = "attendance")
class WatchingController {
    private final RecordingWatching watching;

    WatchingController(RecordingWatching watching) {
        this.watching = watching;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "How much of the recording the signed-in participant played, and whether it counts as attending "
            + "the session (requiredShare null: the program does not count recordings). 403 not_a_participant")
    Views.WatchProgress progress(long id, Caller caller) {
        return watching.progress(id, caller);
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Reports a stretch the player played without seeking (seconds from, to). Past the program's share, a "
            + "missed session is recorded present via recording. 409 progress_too_fast when the stretch is longer than the "
            + "time since the last report allows, 403 not_a_participant, 429")
    Views.WatchProgress report(long id, Caller caller, @Valid @Body Views.Stretch body) {
        return watching.report(id, body, caller);
    }
}
