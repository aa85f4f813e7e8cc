package org.civitas.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/me")
@Tag(name = "identity")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {
    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Get
    @Operation(summary = "The signed-in user with their roles; 401 when not signed in")
    MeView me(Authentication authentication) {
        return accounts.me(Long.parseLong(authentication.getName()));
    }
}
