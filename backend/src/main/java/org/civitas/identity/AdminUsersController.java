package org.civitas.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Administrators list and search users, change their roles, disable and enable them. */
@Controller("/api/admin/users")
@Tag(name = "identity")
@Secured(Role.Names.ADMIN)
class AdminUsersController {
    private final Accounts accounts;
    private final HttpClientAddressResolver addresses;

    AdminUsersController(Accounts accounts, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @Get
    @Operation(summary = "Users, searched by email or name, filtered by role and status, a page at a time")
    PageView<UserView> list(@QueryValue @Nullable @Size(max = 200) String q,
                            @QueryValue @Nullable String role,
                            @QueryValue @Nullable Boolean enabled,
                            @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        Role parsedRole = role == null || role.isBlank() ? null
                : Role.parse(role).orElseThrow(() -> ApiException.invalidField("role", "invalid"));
        return accounts.search(q, parsedRole, enabled, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One user")
    UserView user(long id) {
        return accounts.user(id);
    }

    @Put("/{id}/roles")
    @Operation(summary = "Replaces the user's roles; takes effect on their next request")
    UserView changeRoles(HttpRequest<?> request, Caller caller, long id, @Valid @Body RolesRequest body) {
        return accounts.changeRoles(caller.id(), id, Objects.requireNonNull(body.roles()), addresses.resolve(request));
    }

    @Post("/{id}/disable")
    @Operation(summary = "Disables the user and ends all their sessions at once")
    UserView disable(HttpRequest<?> request, Caller caller, long id) {
        return accounts.setEnabled(caller.id(), id, false, addresses.resolve(request));
    }

    @Post("/{id}/enable")
    @Operation(summary = "Enables the user again")
    UserView enable(HttpRequest<?> request, Caller caller, long id) {
        return accounts.setEnabled(caller.id(), id, true, addresses.resolve(request));
    }

    @Post("/{id}/password-link")
    @Operation(summary = "A new one-time link for the user to set their password (it replaces their open one): hand it "
            + "to them, or with send = true it is also emailed to their address")
    PasswordLink passwordLink(Caller caller, long id, @Body @Nullable PasswordLinkDelivery body) {
        return accounts.passwordLink(id, caller.id(), body != null && body.send());
    }

}
