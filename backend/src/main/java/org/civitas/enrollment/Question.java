package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** One of a program's own questions. Choice questions carry their options. */
@Serdeable
record Question(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9_-]+") String id,
                @NotNull @Pattern(regexp = "short_text|long_text|single_choice|multiple_choice|yes_no") String kind,
                @NotBlank @Size(max = 500) String label,
                boolean required,
                @Nullable @Size(max = 30) List<@NotBlank @Size(max = 200) String> options) {

    boolean isChoice() {
        return kind.equals("single_choice") || kind.equals("multiple_choice");
    }

    List<String> choices() {
        return options == null ? List.of() : options;
    }
}
