package org.civitas.attendance;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("attendance_imports")
record AttendanceImportRow(@Id @GeneratedValue @Nullable Long id,
                           long sessionId,
                           long createdBy,
                           String fileName,
                           String format,
                           @TypeDef(type = DataType.STRING, converter = ImportEntriesConverter.class) List<ImportEntry> entries,
                           int sessionMinutes,
                           int thresholdMinutes,
                           String status,
                           Instant createdAt,
                           @Nullable Instant appliedAt) {
    static final String PREVIEW = "preview";
    static final String APPLIED = "applied";

    AttendanceImportRow applied(Instant at) {
        return new AttendanceImportRow(id, sessionId, createdBy, fileName, format, entries, sessionMinutes, thresholdMinutes, APPLIED,
                createdAt, at);
    }
}
