package org.civitas.schedule;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A session's speakers, kept as a JSON array. */
@Singleton
class SpeakersConverter implements AttributeConverter<List<Speaker>, String> {
    private final JsonMapper json;

    SpeakersConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public @Nullable String convertToPersistedValue(@Nullable List<Speaker> value, ConversionContext context) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable List<Speaker> convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null ? null : json.readValue(column, Argument.listOf(Speaker.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
