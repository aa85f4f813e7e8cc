package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Serdeable
record LoginRequest(@NotBlank @Size(max = 254) @Nullable String email,
                    @NotBlank @Size(max = 1024) @Nullable String password) {
}
