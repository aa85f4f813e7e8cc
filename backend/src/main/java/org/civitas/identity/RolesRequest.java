package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

@Serdeable
record RolesRequest(@NotNull @Size(min = 1, max = 3) @Nullable List<Role> roles) {
}
