package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partner or donor of a program, named on the program page and on certificates. */
@Serdeable
public record Partner(@NotBlank @Size(max = 200) String name,
                      @Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url) {
}
