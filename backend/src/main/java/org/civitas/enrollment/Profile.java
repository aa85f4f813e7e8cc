package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * The standard part of every application (PRODUCT.md): who the applicant is and where they work.
 * Gender is optional and used only for donors' statistics. As an applicant fills it in it is
 * complete ({@link Requests.ProfileInput}); made from an imported list, it holds what the list
 * gave, and the other fields are empty.
 */
@Serdeable
record Profile(String surname, String givenName, @Nullable String patronymic, String email, String phone, String region,
               String organization, String position, String category, @Nullable String gender, boolean consent) {
}
