package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The standard part of every application (PRODUCT.md): who the applicant is and where they work.
 * Gender is optional and used only for donors' statistics; consent to processing is required.
 */
@Serdeable
record Profile(@NotBlank @Size(max = 100) String surname,
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
