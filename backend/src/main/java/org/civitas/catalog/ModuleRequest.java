package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Serdeable
record ModuleRequest(@NotBlank @Size(max = 300) @Nullable String title,
                     @Size(max = 20_000) @Nullable String description,
                     @NotNull @Min(1) @Max(2000) @Nullable Integer hours) {
}
