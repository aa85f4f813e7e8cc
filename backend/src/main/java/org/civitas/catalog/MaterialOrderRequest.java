package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Every material of the program, in the new order (positions count within the program). */
@Serdeable
record MaterialOrderRequest(@NotNull @Size(max = 1000) @Nullable List<@NotNull Long> materialIds) {
}
