package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

@Serdeable
record TrainersRequest(@NotNull @Size(max = 50) @Nullable List<@NotNull Long> trainerIds) {
}
