package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
    record Apply(@Valid @NotNull @Nullable ProfileInput profile, @Nullable Map<String, Object> answers) {
    }

    /**
     * The profile as an applicant fills it in: every field but patronymic and gender required,
     * consent given. Stored and answered as a {@link Profile}.
     */
    @Serdeable
    record ProfileInput(@NotBlank @Size(max = 100) String surname,
                        @NotBlank @Size(max = 100) String givenName,
                        @Nullable @Size(max = 100) String patronymic,
                        @NotBlank @Email @Size(max = 254) String email,
                        @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{7,20}") String phone,
                        @NotBlank @Size(max = 100) String region,
                        @NotBlank @Size(max = 300) String organization,
                        @NotBlank @Size(max = 200) String position,
                        @NotBlank @Size(max = 100) String category,
                        @Nullable @Pattern(regexp = "female|male|other|undisclosed") String gender,
                        @AssertTrue boolean consent) {
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
