package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/** Bodies the enrollment endpoints accept. */
final class Requests {
    private Requests() {
    }

    @Serdeable
    record Apply(@Valid @NotNull @Nullable Profile profile, @Nullable Map<String, Object> answers) {
    }

    @Serdeable
    record SaveQuestionnaire(@NotNull @Size(max = 50) @Nullable List<@Valid @NotNull Question> questions,
                             boolean allowReapply, @Nullable Long version) {
    }

    @Serdeable
    record Decide(@NotEmpty @Size(max = 500) @Nullable List<@NotNull Long> applicationIds,
                  @NotNull @Pattern(regexp = "admit|reject|waitlist") @Nullable String decision,
                  @Nullable @Size(max = 2000) String message) {
    }
}
