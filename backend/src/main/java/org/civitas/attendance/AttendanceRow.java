package org.civitas.attendance;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("attendance_records")
record AttendanceRow(@Id @GeneratedValue @Nullable Long id,
                     long sessionId,
                     long userId,
                     String status,
                     @Nullable Integer minutes,
                     String source,
                     @Nullable String note,
                     @Nullable Long updatedBy,
                     Instant updatedAt,
                     @Version @Nullable Long version) {
    static final String SELF_CHECK_IN = "self_check_in";
    static final String TRAINER = "trainer";
    static final String IMPORTED_REPORT = "imported_report";
    static final String RECORDING = "recording";
}
