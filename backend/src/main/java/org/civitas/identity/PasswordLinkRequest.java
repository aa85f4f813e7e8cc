package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A link's token, and the new password when setting one. */
@Serdeable
record PasswordLinkRequest(@NotBlank @Size(max = 100) @Nullable String token,
                           @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) @Nullable String password) {
}
