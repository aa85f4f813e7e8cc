package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("question_categories")
record CategoryRow(@Id @GeneratedValue @Nullable Long id,
                   long programId,
                   @Nullable Long parentId,
                   String name,
                   Instant createdAt) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("category not saved yet");
        }
        return id;
    }
}
