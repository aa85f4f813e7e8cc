package org.civitas.identity;

import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: the signed-in user's id and roles, as read from the database for this very
 * request (see {@link Sessions#authenticate}), so a role taken away is gone on the next request.
 * Controllers take it as an argument; anonymous routes take it as {@code @Nullable}.
 */
public record Caller(long id, Set<Role> roles) implements Principal {
    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user's id, as {@link Principal} names it (and the reason API documents leave the argument out). */
    @Override
    public String getName() {
        return String.valueOf(id);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The caller the security filter found, read from its authentication. */
    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(code -> Role.parse(code).ifPresent(roles::add));
        return new Caller(Long.parseLong(authentication.getName()), roles);
    }
}
