package org.civitas.enrollment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("questionnaires")
record QuestionnaireRow(@Id long programId,
                        @TypeDef(type = DataType.STRING, converter = JsonColumns.Questions.class) List<Question> questions,
                        boolean allowReapply,
                        Instant updatedAt,
                        @Version @Nullable Long version) {
}
