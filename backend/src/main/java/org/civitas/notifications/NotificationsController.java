package org.civitas.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.platform.errors.Problem;

@Controller
@Tag(name = "notifications")
class NotificationsController {
    private final Preferences preferences;

    NotificationsController(Preferences preferences) {
        this.preferences = preferences;
    }

    @Get("/api/me/notification-preferences")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The language of the signed-in person's messages and which optional notifications they get")
    PreferencesView preferences(Caller caller) {
        return preferences.of(caller);
    }

    @Put("/api/me/notification-preferences")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Sets the language and switches optional notifications on or off (kinds left out stay as they are)")
    PreferencesView update(Caller caller, @Valid @Body PreferencesView body) {
        return preferences.update(caller, body);
    }

    /**
     * The one-click target of RFC 8058: mail programs POST here (body List-Unsubscribe=One-Click)
     * with no session and no CSRF token; the signed token is the whole authority, and it can only
     * switch one kind of message off for one person.
     */
    @Post(value = "/api/notifications/unsubscribe",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Switches off the kind of notification the token (from a message's link) names, without signing in")
    @ApiResponse(responseCode = "204", description = "Switched off (also when it already was)")
    @ApiResponse(responseCode = "404", description = "unsubscribe_link_invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> unsubscribe(@QueryValue @Size(max = 300) String token) {
        preferences.unsubscribe(token);
        return HttpResponse.noContent();
    }
}
