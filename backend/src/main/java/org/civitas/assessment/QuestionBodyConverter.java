package org.civitas.assessment;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A question version's whole content, kept as JSON. */
@Singleton
class QuestionBodyConverter implements AttributeConverter<Question, String> {
    private final JsonMapper json;

    QuestionBodyConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public @Nullable String convertToPersistedValue(@Nullable Question value, ConversionContext context) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable Question convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null ? null : json.readValue(column, Question.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
