package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** A user as administrators see them. */
@Serdeable
public record UserView(long id, String email, String surname, String givenName, @Nullable String patronymic,
                       String fullName, List<Role> roles, boolean enabled, Instant createdAt,
                       @Nullable Instant lastLoginAt, boolean passwordSet, boolean emailVerified,
                       @Schema(allowableValues = {"uk", "en"}) String language) {
    static UserView of(UserRow row) {
        return new UserView(row.requireId(), row.email(), row.surname(), row.givenName(), row.patronymic(),
                row.fullName(), row.roles().stream().sorted().toList(), row.enabled(), row.createdAt(), row.lastLoginAt(),
                row.passwordHash() != null, row.emailVerified(), row.language());
    }
}
