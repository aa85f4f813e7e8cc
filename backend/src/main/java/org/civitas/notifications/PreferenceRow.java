package org.civitas.notifications;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("notification_preferences")
record PreferenceRow(@EmbeddedId Key key, boolean enabled, Instant updatedAt) {
    @Embeddable
    record Key(long userId, String kind) {
    }
}
