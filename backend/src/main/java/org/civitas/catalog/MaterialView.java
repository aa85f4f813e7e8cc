package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A material as listed: files carry their download path, links their url. */
@Serdeable
record MaterialView(long id, @Nullable Long moduleId, String kind, String title, String visibility, int position,
                    @Nullable String url, @Nullable String fileName, @Nullable String contentType,
                    @Nullable Long sizeBytes, Instant createdAt) {
    static MaterialView of(MaterialRow row) {
        long id = row.id() == null ? 0 : row.id();
        String url = MaterialRow.FILE.equals(row.kind()) ? "/api/materials/" + id + "/file" : row.url();
        return new MaterialView(id, row.moduleId(), row.kind(), row.title(), row.visibility(), row.position(), url,
                row.originalName(), row.contentType(), row.sizeBytes(), row.createdAt());
    }
}
