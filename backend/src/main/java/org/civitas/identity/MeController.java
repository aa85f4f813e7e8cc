package org.civitas.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import io.micronaut.http.server.util.HttpClientAddressResolver;

import java.util.Objects;

@Controller("/api/me")
@Tag(name = "identity")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {
    private final Accounts accounts;
    private final HttpClientAddressResolver addresses;

    MeController(Accounts accounts, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @Get
    @Operation(summary = "The signed-in user with their roles; 401 when not signed in")
    MeView me(Caller caller) {
        return accounts.me(caller.id());
    }

    @Put("/email")
    @Operation(summary = "Moves the signed-in user's account to another address, with their password: the new address gets "
            + "a link to prove it (emailVerified is false until then), the old one is told. 409 email_taken, 400 "
            + "currentPassword wrong_password, 429 after repeated wrong guesses")
    MeView changeEmail(HttpRequest<?> request, Caller caller, @Valid @Body EmailChangeRequest body) {
        return accounts.changeEmail(caller, Objects.requireNonNull(body.email()), Objects.requireNonNull(body.currentPassword()),
                addresses.resolve(request));
    }

    @Post("/password")
    @Operation(summary = "Replaces the signed-in user's password: 400 with currentPassword wrong_password, or newPassword "
            + "refused by the password rules; 429 after repeated wrong guesses. The user's other sessions end")
    @ApiResponse(responseCode = "204", description = "Changed")
    HttpResponse<Void> changePassword(HttpRequest<?> request, Caller caller, Authentication authentication,
                                      @Valid @Body PasswordChangeRequest body) {
        String sessionHash = (String) authentication.getAttributes().get(Sessions.ATTRIBUTE_SESSION);
        accounts.changePassword(caller, Objects.requireNonNull(sessionHash), Objects.requireNonNull(body.currentPassword()),
                Objects.requireNonNull(body.newPassword()), addresses.resolve(request));
        return HttpResponse.noContent();
    }
}
