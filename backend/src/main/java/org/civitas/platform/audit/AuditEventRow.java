package org.civitas.platform.audit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("audit_events")
record AuditEventRow(@Id @GeneratedValue @Nullable Long id,
                     Instant occurredAt,
                     @Nullable Long actorId,
                     String action,
                     @Nullable String targetType,
                     @Nullable String targetId,
                     @Nullable String clientAddress,
                     @Nullable String details) {
}
