package org.civitas.notifications;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A person's notification preferences: the language of their messages, and each optional kind
 * (application_received, application_decided) on or off. Security messages cannot be switched off.
 */
@Serdeable
record PreferencesView(@NotNull @Pattern(regexp = "uk|en") @Schema(allowableValues = {"uk", "en"}) String language,
                       @NotNull @Size(max = 20) Map<String, Boolean> notifications) {
}
