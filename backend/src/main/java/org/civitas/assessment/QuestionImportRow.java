package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("question_imports")
record QuestionImportRow(@Id @GeneratedValue @Nullable Long id,
                         long programId,
                         @Nullable Long targetCategoryId,
                         String fileName,
                         String format,
                         @TypeDef(type = DataType.STRING, converter = ParsedFileConverter.class) QuestionImports.ParsedFile parsed,
                         @Nullable Integer createdCount,
                         long createdBy,
                         Instant createdAt,
                         @Nullable Instant confirmedAt,
                         @Version @Nullable Long version) {
}
