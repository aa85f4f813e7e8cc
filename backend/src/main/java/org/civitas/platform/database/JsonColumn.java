package org.civitas.platform.database;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A value kept as JSON in one column (a document read whole with its row); each kind of value has
 * its small subclass, a singleton, as Micronaut Data finds converters by class.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {
    private final JsonMapper json;
    private final Argument<T> type;

    protected JsonColumn(JsonMapper json, Argument<T> type) {
        this.json = json;
        this.type = type;
    }

    @Override
    public @Nullable String convertToPersistedValue(@Nullable T value, ConversionContext context) {
        try {
            return value == null ? null : json.writeValueAsString(type, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable T convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null ? null : json.readValue(column, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
