package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Serdeable
record PasswordChangeRequest(@NotBlank @Size(max = 1024) @Nullable String currentPassword,
                             @NotBlank @Size(max = 1024) @Nullable String newPassword) {
}
