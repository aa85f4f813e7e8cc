package org.civitas.catalog;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ModuleView(long id, int position, String title, String description, int hours) {
    static ModuleView of(ModuleRow row) {
        return new ModuleView(row.id() == null ? 0 : row.id(), row.position(), row.title(), row.description(), row.hours());
    }
}
