package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The token of a one-time link, as the page the link opens reads it from after '#'. */
@Serdeable
record TokenRequest(@NotBlank @Size(max = 200) @Nullable String token) {
}
