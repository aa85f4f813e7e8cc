package org.civitas.schedule;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("recordings")
record RecordingRow(@Id @GeneratedValue @Nullable Long id, long sessionId, String storageKey, String fileName, String contentType,
                    long size, @Nullable Integer durationSeconds, long uploadedBy, Instant createdAt) {
}
