package org.civitas.schedule;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A session as its editor fills it in. startsAt and endsAt carry their offset; timeZone
 * (Europe/Kyiv when left out) is the zone it is planned in and shown in. An online session needs a
 * meeting link, an in-person one a venue, a hybrid one both. version is required when saving an
 * existing session.
 */
@Serdeable
record SessionRequest(@NotBlank @Size(max = 300) @Nullable String title,
                      @Nullable @Size(max = 10_000) String description,
                      @Nullable @Size(max = 20) List<@Valid @NotNull Speaker> speakers,
                      @NotNull @Nullable OffsetDateTime startsAt,
                      @NotNull @Nullable OffsetDateTime endsAt,
                      @Nullable @Size(max = 64) String timeZone,
                      @NotNull @Pattern(regexp = "online|in_person|hybrid") @Nullable String format,
                      @Nullable @Size(max = 1000) String meetingUrl,
                      @Nullable @Size(max = 300) String venue,
                      @Nullable @Size(max = 500) String address,
                      @Nullable @Size(max = 100) String room,
                      @Nullable @Min(1) @Max(100_000) Integer capacity,
                      boolean registrationRequired,
                      @Nullable Long version) {
}
