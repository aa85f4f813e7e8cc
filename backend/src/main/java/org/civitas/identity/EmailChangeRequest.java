package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Serdeable
record EmailChangeRequest(@NotBlank @Email @Size(max = 254) @Nullable String email,
                          @NotBlank @Size(max = 1024) @Nullable String currentPassword) {
}
