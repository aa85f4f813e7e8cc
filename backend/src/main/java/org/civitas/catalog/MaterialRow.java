package org.civitas.catalog;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A file (storage key, name, type, size) or a link (url) of a program, or of one of its modules. */
@MappedEntity("materials")
record MaterialRow(@Id @GeneratedValue @Nullable Long id,
                   long programId,
                   @Nullable Long moduleId,
                   String kind,
                   String title,
                   @Nullable String url,
                   @Nullable String storageKey,
                   @Nullable String originalName,
                   @Nullable String contentType,
                   @Nullable Long sizeBytes,
                   String visibility,
                   int position,
                   long createdBy,
                   Instant createdAt) {
    static final String FILE = "file";
    static final String LINK = "link";
    static final String PUBLIC = "public";
    static final String PARTICIPANTS = "participants";

    MaterialRow withPosition(int newPosition) {
        return new MaterialRow(id, programId, moduleId, kind, title, url, storageKey, originalName, contentType, sizeBytes,
                visibility, newPosition, createdBy, createdAt);
    }
}
