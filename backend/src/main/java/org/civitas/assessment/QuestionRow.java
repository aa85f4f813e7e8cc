package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A question of a bank: what lists need, and the number of its newest version. Tags are kept one per line. */
@MappedEntity("questions")
record QuestionRow(@Id @GeneratedValue @Nullable Long id,
                   long programId,
                   long categoryId,
                   String type,
                   String name,
                   String tags,
                   int versionNumber,
                   boolean answered,
                   @Nullable Instant deletedAt,
                   long createdBy,
                   Instant createdAt,
                   Instant updatedAt,
                   @Version @Nullable Long version) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("question not saved yet");
        }
        return id;
    }
}
