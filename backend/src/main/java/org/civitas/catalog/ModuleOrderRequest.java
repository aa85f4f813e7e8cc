package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Every module of the program, in the new order. */
@Serdeable
record ModuleOrderRequest(@NotNull @Size(max = 200) @Nullable List<@NotNull Long> moduleIds) {
}
