package org.civitas.catalog;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("modules")
record ModuleRow(@Id @GeneratedValue @Nullable Long id,
                 long programId,
                 int position,
                 String title,
                 String description,
                 int hours,
                 Instant createdAt,
                 Instant updatedAt) {

    ModuleRow withPosition(int newPosition, Instant now) {
        return new ModuleRow(id, programId, newPosition, title, description, hours, createdAt, now);
    }
}
