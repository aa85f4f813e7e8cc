package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("question_versions")
record QuestionVersionRow(@Id @GeneratedValue @Nullable Long id,
                          long questionId,
                          int number,
                          @TypeDef(type = DataType.STRING, converter = QuestionBodyConverter.class) Question body,
                          long createdBy,
                          Instant createdAt) {
}
