package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Serdeable
record MaterialLinkRequest(@NotBlank @Size(max = 300) @Nullable String title,
                           @NotBlank @Size(max = 2000) @Nullable String url,
                           @Nullable Long moduleId,
                           @NotNull @Pattern(regexp = "public|participants") @Nullable String visibility) {
}
