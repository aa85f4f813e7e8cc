package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Self sign-up. Anything else in the body (roles, enabled ...) is ignored: a new account is a learner. */
@Serdeable
record SignupRequest(@NotBlank @Email @Size(max = 254) @Nullable String email,
                     @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) @Nullable String password,
                     @NotBlank @Size(max = 100) @Nullable String surname,
                     @NotBlank @Size(max = 100) @Nullable String givenName,
                     @Size(max = 100) @Nullable String patronymic) {
}
