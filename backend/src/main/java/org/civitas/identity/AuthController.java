package org.civitas.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.civitas.platform.errors.ApiException;
import org.civitas.platform.errors.Messages;
import org.civitas.platform.errors.Problem;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

/**
 * Sign-up, login and logout, proving an address, and setting a password through a one-time link. Every POST needs the {@code X-CSRF-Token} header echoing the
 * {@code civitas_csrf} cookie; {@code GET /api/auth/csrf} hands out that cookie.
 */
@Controller("/api/auth")
@Tag(name = "identity")
class AuthController {
    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordLinks passwordLinks;
    private final PasswordResets resets;
    private final EmailVerifications verifications;
    private final Messages messages;
    private final HttpClientAddressResolver addresses;

    AuthController(Accounts accounts, Sessions sessions, PasswordLinks passwordLinks, PasswordResets resets,
                   EmailVerifications verifications, Messages messages, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordLinks = passwordLinks;
        this.resets = resets;
        this.verifications = verifications;
        this.messages = messages;
        this.addresses = addresses;
    }

    @Get("/csrf")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sets the civitas_csrf cookie that state-changing requests echo in X-CSRF-Token")
    @ApiResponse(responseCode = "204", description = "The cookie is set")
    HttpResponse<Void> csrf() {
        return HttpResponse.noContent();
    }

    @Post("/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Creates a learner account and signs it in; a link that proves the address is sent to it, "
            + "in the language of Accept-Language (uk or en), which becomes the account's")
    @ApiResponse(responseCode = "201", description = "The new account, signed in", content = @Content(schema = @Schema(implementation = MeView.class)))
    @ApiResponse(responseCode = "400", description = "validation_failed: fields at fault (email, password: too_short, too_long, too_common; surname, givenName)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "email_taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MutableHttpResponse<MeView> signUp(HttpRequest<?> request, @Valid @Body SignupRequest body) {
        String client = addresses.resolve(request);
        MeView me = accounts.signUp(body, messages.localeOf(request).getLanguage(), client);
        return signedIn(request, HttpResponse.created(me, URI.create("/api/me")), me, client);
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Signs in with email and password; a new session replaces any earlier one of this browser")
    @ApiResponse(responseCode = "200", description = "The signed-in user", content = @Content(schema = @Schema(implementation = MeView.class)))
    @ApiResponse(responseCode = "401", description = "invalid_credentials, the same for unknown and known emails", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "account_disabled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "too_many_attempts, with Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MutableHttpResponse<MeView> logIn(HttpRequest<?> request, @Valid @Body LoginRequest body) {
        String client = addresses.resolve(request);
        MeView me = accounts.logIn(body, client);
        return signedIn(request, HttpResponse.ok(me), me, client);
    }

    @Post("/password-link")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Whose account a one-time link sets the password of; the token comes from the link's '#' part")
    @ApiResponse(responseCode = "200", description = "The link is open", content = @Content(schema = @Schema(implementation = PasswordLinkView.class)))
    @ApiResponse(responseCode = "404", description = "password_link_invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "410", description = "password_link_used, password_link_expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "too_many_attempts from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    PasswordLinkView passwordLink(HttpRequest<?> request, @Valid @Body PasswordLinkRequest body) {
        return passwordLinks.check(Objects.requireNonNull(body.token()), addresses.resolve(request));
    }

    @Post("/set-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sets the password through a one-time link, ends the account's other sessions and signs in")
    @ApiResponse(responseCode = "200", description = "The signed-in user", content = @Content(schema = @Schema(implementation = MeView.class)))
    @ApiResponse(responseCode = "400", description = "validation_failed: password too_short, too_long, too_common", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "password_link_invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "410", description = "password_link_used, password_link_expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "too_many_attempts from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MutableHttpResponse<MeView> setPassword(HttpRequest<?> request, @Valid @Body PasswordLinkRequest body) {
        if (body.password() == null) {
            throw ApiException.invalidField("password", "required");
        }
        String client = addresses.resolve(request);
        MeView me = passwordLinks.redeem(Objects.requireNonNull(body.token()), body.password(), client);
        return signedIn(request, HttpResponse.ok(me), me, client);
    }

    @Post("/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Forgot password: sends a one-time link to set a new one to the account's address. The same "
            + "answer, as quick, whether or not there is such an account")
    @ApiResponse(responseCode = "202", description = "If the address has an account, a link is on its way")
    @ApiResponse(responseCode = "429", description = "too_many_attempts from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> passwordReset(HttpRequest<?> request, @Valid @Body PasswordResetRequest body) {
        resets.request(Objects.requireNonNull(body.email()), addresses.resolve(request));
        return HttpResponse.accepted();
    }

    @Post("/email-verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Sends the signed-in person a new link that proves their address (a few times an hour)")
    @ApiResponse(responseCode = "202", description = "A link is on its way")
    @ApiResponse(responseCode = "409", description = "email_already_verified", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "too_many_attempts", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> resendVerification(Caller caller) {
        verifications.resend(caller);
        return HttpResponse.accepted();
    }

    @Post("/verify-email")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Uses a link that proves an address; the token comes from the link's '#' part")
    @ApiResponse(responseCode = "200", description = "The account whose address is now proven", content = @Content(schema = @Schema(implementation = MeView.class)))
    @ApiResponse(responseCode = "404", description = "verification_link_invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "410", description = "verification_link_used, verification_link_expired (also when the account's address changed since)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MeView verifyEmail(HttpRequest<?> request, @Valid @Body TokenRequest body) {
        return verifications.verify(Objects.requireNonNull(body.token()), addresses.resolve(request));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Ends the session on the server and clears the cookie")
    @ApiResponse(responseCode = "204", description = "Signed out")
    MutableHttpResponse<Void> logOut(HttpRequest<?> request) {
        MutableHttpResponse<Void> response = HttpResponse.noContent();
        sessions.close(request, response);
        return response;
    }

    /** A new session for this browser, replacing any it had (never reusing one from before the sign-in). */
    private MutableHttpResponse<MeView> signedIn(HttpRequest<?> request, MutableHttpResponse<MeView> response, MeView me,
                                                 @Nullable String client) {
        sessions.end(request);
        sessions.open(me.id(), request, response, client);
        return response;
    }
}
