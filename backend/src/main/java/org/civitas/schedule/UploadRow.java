package org.civitas.schedule;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("resumable_uploads")
record UploadRow(@Id String id, long sessionId, String fileName, long uploadLength, long uploadOffset, long createdBy,
                 Instant createdAt, Instant expiresAt) {
}
