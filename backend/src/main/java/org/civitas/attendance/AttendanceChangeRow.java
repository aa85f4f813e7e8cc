package org.civitas.attendance;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("attendance_changes")
record AttendanceChangeRow(@Id @GeneratedValue @Nullable Long id,
                           long sessionId,
                           long userId,
                           @Nullable Long changedBy,
                           Instant changedAt,
                           @Nullable String oldStatus,
                           String newStatus,
                           @Nullable Integer oldMinutes,
                           @Nullable Integer newMinutes,
                           String source,
                           @Nullable String note) {
}
