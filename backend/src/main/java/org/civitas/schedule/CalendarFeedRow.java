package org.civitas.schedule;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("calendar_feeds")
record CalendarFeedRow(@Id long userId, int version, Instant updatedAt) {
}
