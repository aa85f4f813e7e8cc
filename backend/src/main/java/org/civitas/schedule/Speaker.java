package org.civitas.schedule;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Who speaks at a session: name, position and a short bio. */
@Serdeable
record Speaker(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 300) String position,
               @Nullable @Size(max = 2000) String bio) {
}
