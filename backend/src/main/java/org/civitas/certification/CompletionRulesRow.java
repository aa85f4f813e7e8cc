package org.civitas.certification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("completion_rules")
record CompletionRulesRow(@Id long programId,
                          String attendanceScope,
                          String attendanceMeasure,
                          int attendanceMinimum,
                          boolean recordingCounts,
                          @TypeDef(type = DataType.STRING, converter = JsonColumns.QuizIds.class) List<Long> requiredQuizIds,
                          boolean finalTestRequired,
                          @Nullable Double finalTestPassPercent,
                          Instant updatedAt,
                          @Version @Nullable Long version) {
}
