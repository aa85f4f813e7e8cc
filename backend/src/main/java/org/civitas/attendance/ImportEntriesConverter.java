package org.civitas.attendance;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A meeting report's entries, kept as a JSON array with the import. */
@Singleton
class ImportEntriesConverter implements AttributeConverter<List<ImportEntry>, String> {
    private final JsonMapper json;

    ImportEntriesConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public @Nullable String convertToPersistedValue(@Nullable List<ImportEntry> value, ConversionContext context) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable List<ImportEntry> convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null ? null : json.readValue(column, Argument.listOf(ImportEntry.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
