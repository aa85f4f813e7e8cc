package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The signed-in user, as the web app needs them. passwordChangeRequired: until they choose their own
 * password, every other call answers 403 password_change_required. emailVerified: the owner
 * proved the address (a link sent there was used).
 */
@Serdeable
public record MeView(long id, String email, String surname, String givenName, @Nullable String patronymic,
                     String fullName, List<Role> roles, boolean passwordChangeRequired, boolean emailVerified,
                     @Schema(allowableValues = {"uk", "en"}) String language) {
    static MeView of(UserRow row) {
        return new MeView(row.requireId(), row.email(), row.surname(), row.givenName(), row.patronymic(),
                row.fullName(), row.roles().stream().sorted().toList(), row.passwordChangeRequired(), row.emailVerified(),
                row.language());
    }
}
